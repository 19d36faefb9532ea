import { gql, type TypedDocumentNode } from '@apollo/client';

import type { RequestPasswordResetMutation, RequestPasswordResetMutationVariables } from '../generated/graphql';

/** Asks for a password reset link by email; always true, whether or not the address has an account. Refused with TOO_MANY_REQUESTS. */
export const REQUEST_PASSWORD_RESET: TypedDocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables> = gql`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`;
