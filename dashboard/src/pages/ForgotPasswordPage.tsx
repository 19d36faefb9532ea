import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { FormErrorSummary } from '../components/ErrorSummary/FormErrorSummary';
import { EmailInput } from '../components/EmailInput/EmailInput';
import { getErrorMessages } from '../graphql/errors';
import { REQUEST_PASSWORD_RESET } from '../graphql/mutations/requestPasswordReset';
import { useFormProblems } from '../hooks/useFormProblems';

import { PasswordOutcome, SignInLink } from './password-pages';
import { signInProblemsFromErrors, validateSignIn } from './sign-in-form';

const TITLE = 'Reset your password';

/**
 * Forgotten password: asks for the email address and sends a reset link. The answer is the same
 * whether or not the address has an account, so the page never says which; it says what to expect.
 */
export function ForgotPasswordPage() {
  const [request] = useMutation(REQUEST_PASSWORD_RESET);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { problems, attempt, fail } = useFormProblems<{ text: string; field: boolean }[]>(`${TITLE} – Touchstone`);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    // The sign-in form's email rules, with a password that passes, so the messages are the same.
    const emailProblem = validateSignIn(email, 'x')?.fields.email;
    if (emailProblem) return fail([{ text: emailProblem, field: true }]);
    setBusy(true);
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSentTo(email.trim());
    } catch (error) {
      const fromApi = signInProblemsFromErrors(getErrorMessages(error instanceof Error ? error : new Error(String(error))));
      fail(fromApi.summary.map((p) => ({ text: p.text, field: p.field === 'email' })));
    } finally {
      setBusy(false);
    }
  };

  if (sentTo)
    return (
      <PasswordOutcome title="Check your email" heading="Check your email">
        <p className="govuk-body">
          If <strong className="app-break-words">{sentTo}</strong> has a Touchstone account, we have sent it a link to choose a new
          password. The link works once and for a limited time.
        </p>
        <p className="govuk-body">
          If nothing arrives within a few minutes, check your spam or junk folder, or ask again. Your password has not changed.
        </p>
        <SignInLink text="Back to sign in" />
      </PasswordOutcome>
    );

  const fieldError = problems?.find((p) => p.field)?.text;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary attempt={attempt} items={problems?.map((p) => (p.field ? { text: p.text, href: '#email' } : { text: p.text }))} />
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">Enter the email address you sign in with. We will email you a link to choose a new password.</p>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <EmailInput value={email} onChange={setEmail} error={fieldError} />
          <button type="submit" className="govuk-button" aria-disabled={busy}>
            Send the link
          </button>
        </form>
        <SignInLink text="Back to sign in" />
      </div>
    </div>
  );
}
