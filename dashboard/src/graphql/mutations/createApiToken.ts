import { gql, type TypedDocumentNode } from '@apollo/client';

import type { CreateApiTokenMutation, CreateApiTokenMutationVariables } from '../generated/graphql';

export type { CreateApiTokenMutation, CreateApiTokenMutationVariables };

/** Creates an API token for the signed-in user; the result holds the token itself this once only. */
export const CREATE_API_TOKEN: TypedDocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables> = gql`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`;
