import { type FormEvent, useState } from 'react';

import { FormErrorSummary } from '../components/ErrorSummary/FormErrorSummary';
import { PasswordInput } from '../components/PasswordInput/PasswordInput';
import { getErrorMessages } from '../graphql/errors';
import { useFormProblems } from '../hooks/useFormProblems';

import { NEW_PASSWORD_HINT, type NewPasswordProblems, newPasswordProblemsFromErrors, validateNewPassword } from './new-password-form';

/** Props of NewPasswordForm. */
export type NewPasswordFormProps = {
  /** The page's title, without " – Touchstone"; "Error: " is put before it while there is a problem. */
  title: string;
  heading: string;
  /** A sentence or two under the heading: whose password this is and what happens next. */
  lead: string;
  submitText: string;
  /** Sends the password; throws the Apollo error when the API refuses it. */
  submit: (password: string) => Promise<void>;
};

/**
 * The form that sets a password, for accepting an invitation and for resetting a forgotten one: a
 * single password field with "Show" and the rule in its hint (GOV.UK's pattern asks for no second
 * copy when the password can be shown), and the error summary, which takes focus, for a refusal.
 */
export function NewPasswordForm({ title, heading, lead, submitText, submit }: NewPasswordFormProps) {
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const { problems, attempt, fail } = useFormProblems<NewPasswordProblems>(`${title} – Touchstone`);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setShown(false);
    const invalid = validateNewPassword(password);
    if (invalid) return fail(invalid);
    setBusy(true);
    try {
      await submit(password);
    } catch (error) {
      fail(newPasswordProblemsFromErrors(getErrorMessages(error instanceof Error ? error : new Error(String(error)))));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary
          attempt={attempt}
          items={problems?.summary.map((p) => (p.toField ? { text: p.text, href: '#password' } : { text: p.text }))}
        />
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">{lead}</p>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <PasswordInput
            name="password"
            label="Create a password"
            autoComplete="new-password"
            hint={NEW_PASSWORD_HINT}
            value={password}
            onChange={setPassword}
            error={problems?.field ?? undefined}
            reveal={{ shown, onToggle: setShown }}
          />
          <button type="submit" className="govuk-button" aria-disabled={busy}>
            {submitText}
          </button>
        </form>
      </div>
    </div>
  );
}
