import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetMeUser } from '../queries/getMe';

/** Result of SignIn: the user, with the same fields as GetMe so the cache can answer GetMe at once. */
export type SignInMutation = { signIn: GetMeUser };

/** Variables of SignIn. */
export type SignInMutationVariables = { input: { email: string; password: string } };

/**
 * Signs in; the API sets the HttpOnly session cookie. Refused with UNAUTHENTICATED (reason
 * INVALID_CREDENTIALS, the same for an unknown email and a wrong password) or TOO_MANY_REQUESTS.
 */
export const SIGN_IN: TypedDocumentNode<SignInMutation, SignInMutationVariables> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      email
      role
      councilId
    }
  }
`;
