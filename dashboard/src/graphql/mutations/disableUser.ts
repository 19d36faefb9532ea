import { gql, type TypedDocumentNode } from '@apollo/client';

import type { DisableUserMutation, DisableUserMutationVariables } from '../generated/graphql';

/** Disables a user: their sessions end and API tokens stop working at once. */
export const DISABLE_USER: TypedDocumentNode<DisableUserMutation, DisableUserMutationVariables> = gql`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      id
      status
    }
  }
`;
