import { gql, type TypedDocumentNode } from '@apollo/client';

/** Result of SignOut: always true. */
export type SignOutMutation = { signOut: boolean };

/** SignOut takes no variables. */
export type SignOutMutationVariables = Record<string, never>;

/** Ends the session and clears the cookie. */
export const SIGN_OUT: TypedDocumentNode<SignOutMutation, SignOutMutationVariables> = gql`
  mutation SignOut {
    signOut
  }
`;
