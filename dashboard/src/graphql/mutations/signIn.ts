import { gql, type TypedDocumentNode } from '@apollo/client';

import type { SignInMutation, SignInMutationVariables } from '../generated/graphql';

/**
 * Signs in, returning the user with the same fields as GetMe so the cache can answer GetMe at once;
 * the API sets the HttpOnly session cookie. Refused with UNAUTHENTICATED (reason INVALID_CREDENTIALS,
 * the same for an unknown email and a wrong password) or TOO_MANY_REQUESTS.
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
