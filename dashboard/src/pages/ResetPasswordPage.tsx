import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { RESET_PASSWORD } from '../graphql/mutations/resetPassword';
import { Link } from '../router/Link';
import { PATHS } from '../router/paths';

import { NewPasswordForm } from './NewPasswordForm';
import { tokenFromFragment } from './new-password-form';
import { PasswordOutcome, SignInLink } from './password-pages';

/**
 * Choosing a new password from an emailed reset link (/reset-password#token=…). The link works once;
 * setting the password signs the account out everywhere, so the page says so and offers sign-in.
 */
export function ResetPasswordPage() {
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [reset] = useMutation(RESET_PASSWORD);
  const [done, setDone] = useState(false);

  const askAgain = (
    <p className="govuk-body">
      <Link to={PATHS.forgotPassword} className="govuk-link">
        Ask for a new link
      </Link>
    </p>
  );
  if (!token)
    return (
      <PasswordOutcome title="Reset link incomplete" heading="This password reset link is incomplete">
        <p className="govuk-body">Open the whole link from the email. If it still does not work, ask for a new one.</p>
        {askAgain}
      </PasswordOutcome>
    );
  if (done)
    return (
      <PasswordOutcome title="Your password has been changed" heading="Your password has been changed">
        <p className="govuk-body">You have been signed out everywhere else. Sign in with your new password.</p>
        <SignInLink />
      </PasswordOutcome>
    );
  return (
    <>
      <NewPasswordForm
        title="Choose a new password"
        heading="Choose a new password"
        lead="This link works once. Setting a new password signs you out of Touchstone everywhere else."
        submitText="Change password"
        submit={async (password) => {
          const { data } = await reset({ variables: { input: { resetToken: token, password } } });
          if (data?.resetPassword) setDone(true);
        }}
      />
      {askAgain}
    </>
  );
}
