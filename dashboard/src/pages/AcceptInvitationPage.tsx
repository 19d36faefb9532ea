import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { ACCEPT_INVITATION } from '../graphql/mutations/acceptInvitation';

import { NewPasswordForm } from './NewPasswordForm';
import { tokenFromFragment } from './new-password-form';
import { PasswordOutcome, SignInLink } from './password-pages';

/**
 * Accepting an invitation: the invited person follows the link they were given
 * (/accept-invitation#token=…), chooses a password, and can then sign in. The token is read from
 * the address's fragment, which browsers never send to a server.
 */
export function AcceptInvitationPage() {
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [accept] = useMutation(ACCEPT_INVITATION);
  const [email, setEmail] = useState<string | null>(null);

  if (!token)
    return (
      <PasswordOutcome title="Invitation link incomplete" heading="This invitation link is incomplete">
        <p className="govuk-body">
          Open the whole link from your invitation. If it still does not work, ask whoever invited you for a new one.
        </p>
      </PasswordOutcome>
    );
  if (email)
    return (
      <PasswordOutcome title="Your account is ready" heading="Your account is ready">
        <p className="govuk-body">
          Your password is set. Sign in with <strong className="app-break-words">{email}</strong> and your new password.
        </p>
        <SignInLink />
      </PasswordOutcome>
    );
  return (
    <NewPasswordForm
      title="Accept your invitation"
      heading="Accept your invitation to Touchstone"
      lead="Choose the password you will sign in with. You will use it with the email address the invitation was sent to."
      submitText="Set password"
      submit={async (password) => {
        const { data } = await accept({ variables: { input: { invitationToken: token, password } } });
        if (data) setEmail(data.acceptInvitation.email);
      }}
    />
  );
}
