import { gql, type TypedDocumentNode } from '@apollo/client';

import type { ResetPasswordMutation, ResetPasswordMutationVariables } from '../generated/graphql';

/**
 * Sets a new password with a reset link's token and signs the account out everywhere. Refused with
 * BAD_USER_INPUT: reason PASSWORD_TOO_COMMON, PASSWORD_RESET_INVALID (used, replaced or expired), or a
 * password of the wrong length.
 */
export const RESET_PASSWORD: TypedDocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables> = gql`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;
