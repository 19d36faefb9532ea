import { gql, type TypedDocumentNode } from '@apollo/client';

import type { SignOutMutation, SignOutMutationVariables } from '../generated/graphql';

/** Ends the session and clears the cookie. */
export const SIGN_OUT: TypedDocumentNode<SignOutMutation, SignOutMutationVariables> = gql`
  mutation SignOut {
    signOut
  }
`;
