import { gql, type TypedDocumentNode } from '@apollo/client';

import type { EnableUserMutation, EnableUserMutationVariables } from '../generated/graphql';

/** Lets a disabled user sign in again. */
export const ENABLE_USER: TypedDocumentNode<EnableUserMutation, EnableUserMutationVariables> = gql`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      id
      status
    }
  }
`;
