import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetApiTokensToken } from '../queries/getApiTokens';

/** Result of CreateApiToken: the stored token's details and, this once only, the token itself. */
export type CreateApiTokenMutation = { createApiToken: { apiToken: GetApiTokensToken; token: string } };

/** Variables of CreateApiToken. */
export type CreateApiTokenMutationVariables = { input: { name: string } };

/** Creates an API token for the signed-in user. */
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
