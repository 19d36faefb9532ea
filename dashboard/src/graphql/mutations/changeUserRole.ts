import { gql, type TypedDocumentNode } from '@apollo/client';

import { USER_ROW } from '../fragments/userRow';
import type { ChangeUserRoleMutation, ChangeUserRoleMutationVariables } from '../generated/graphql';

/** Changes a user's role and council (administrators; never their own). */
export const CHANGE_USER_ROLE: TypedDocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables> = gql`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      ...UserRow
    }
  }
  ${USER_ROW}
`;
