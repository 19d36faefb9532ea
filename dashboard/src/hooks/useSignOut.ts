import type { ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { SIGN_OUT } from '../graphql/mutations/signOut';
import { navigate } from '../router/history';
import { PATHS } from '../router/paths';

/** Signing out, and the error if the API could not be reached to end the session. */
export type UseSignOutResult = { signOut: () => Promise<void>; error: ErrorLike | undefined };

/**
 * Ends the session (the API clears the HttpOnly cookie, which no script can), forgets everything
 * cached for this user and says so ("You have signed out"). If the API cannot be reached the person stays
 * where they are and sees the error: pretending to have signed out of a shared computer would be worse.
 */
export function useSignOut(): UseSignOutResult {
  const client = useApolloClient();
  const [signOutMutation, { error }] = useMutation(SIGN_OUT);
  const signOut = useCallback(async () => {
    try {
      await signOutMutation();
    } catch {
      return;
    }
    // Leave the signed-in pages before clearing the cache, or their queries would ask again, be
    // refused and send the person to sign in with a "next" pointing back at them.
    navigate(PATHS.signedOut);
    await client.clearStore();
  }, [client, signOutMutation]);
  return { signOut, error };
}
