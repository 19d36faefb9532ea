import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { Details } from '../components/Details/Details';
import { EmailInput } from '../components/EmailInput/EmailInput';
import { FormErrorSummary } from '../components/ErrorSummary/FormErrorSummary';
import { PasswordInput } from '../components/PasswordInput/PasswordInput';
import { getErrorMessages } from '../graphql/errors';
import { SIGN_IN } from '../graphql/mutations/signIn';
import { GET_ME } from '../graphql/queries/getMe';
import { useFormProblems } from '../hooks/useFormProblems';
import { navigate } from '../router/history';
import { Link } from '../router/Link';
import { PATHS, safeNextPath } from '../router/paths';
import { useLocation } from '../router/useLocation';

import { type SignInProblems, signInProblemsFromErrors, validateSignIn } from './sign-in-form';

/** The password every demo account shares; this is a demonstration service with synthetic data. */
const DEMO_PASSWORD = 'touchstone-demo';

/** The demo accounts the API creates, and what each can see. */
const DEMO_ACCOUNTS: { email: string; who: string }[] = [
  { email: 'lead.chesterfield@demo.touchstone.test', who: 'Council lead, Chesterfield (in a collaboration group; shares with PAS)' },
  { email: 'lead.hartlepool@demo.touchstone.test', who: 'Council lead, Hartlepool (shares with PAS)' },
  { email: 'lead.uttlesford@demo.touchstone.test', who: 'Council lead, Uttlesford' },
  { email: 'member.bolsover@demo.touchstone.test', who: 'Council member, Bolsover (in a collaboration group)' },
  { email: 'analyst@demo.touchstone.test', who: 'Planning Advisory Service analyst' },
  { email: 'admin@demo.touchstone.test', who: 'Administrator' },
];

const TITLE = 'Sign in – Touchstone';

/**
 * Sign in with an email address and password. On success, goes where the person was heading (the
 * `next` path, if it stays on this site), else to the council position page.
 */
export function SignInPage() {
  const client = useApolloClient();
  const { search } = useLocation();
  const [signIn, { loading }] = useMutation(SIGN_IN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [passwordShown, setPasswordShown] = useState(false);
  const { problems, attempt, fail } = useFormProblems<SignInProblems>(TITLE);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    // As GOV.UK Frontend's password input does: never leave a password on show after submitting.
    setPasswordShown(false);
    const invalid = validateSignIn(email, password);
    if (invalid) {
      fail(invalid);
      return;
    }
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      // Nothing cached for someone else may outlive their session; then GetMe is answered at once.
      await client.clearStore();
      client.writeQuery({ query: GET_ME, data: { me: data.signIn } });
      navigate(safeNextPath(new URLSearchParams(search).get('next')), { replace: true });
    } catch (error) {
      fail(signInProblemsFromErrors(getErrorMessages(error instanceof Error ? error : new Error(String(error)))));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary
          attempt={attempt}
          items={problems?.summary.map((p) => (p.field ? { text: p.text, href: `#${p.field}` } : { text: p.text }))}
        />

        <h1 className="govuk-heading-l">Sign in to Touchstone</h1>

        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <EmailInput value={email} onChange={setEmail} error={problems?.fields.email} />
          <PasswordInput
            name="password"
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={problems?.fields.password}
            reveal={{ shown: passwordShown, onToggle: setPasswordShown }}
          />
          <button type="submit" className="govuk-button">
            Sign in
          </button>
        </form>
        <p className="govuk-body">
          <Link to={PATHS.forgotPassword} className="govuk-link">
            Forgotten your password?
          </Link>
        </p>

        <Details summary="Demo accounts">
          <p className="govuk-body">
            This is a demonstration service with synthetic data. Every demo account has the password{' '}
            <code className="app-code">{DEMO_PASSWORD}</code>.
          </p>
          {/* A list rather than a table: on a phone, two columns leave the addresses a few letters wide. */}
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email} className="govuk-!-margin-bottom-3">
                <span className="govuk-!-font-weight-bold app-break-words">
                  {/* A narrow screen breaks an address after the @ rather than mid-word. */}
                  {account.email.split('@')[0]}@<wbr />
                  {account.email.split('@')[1]}
                </span>
                <br />
                {account.who}
              </li>
            ))}
          </ul>
        </Details>
      </div>
    </div>
  );
}
