import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetApiTokensToken } from '../queries/getApiTokens';

/** Result of RevokeApiToken: the token, now with revokedAt set. */
export type RevokeApiTokenMutation = { revokeApiToken: GetApiTokensToken };

/** Variables of RevokeApiToken. */
export type RevokeApiTokenMutationVariables = { id: string };

/** Revokes an API token; the cache updates the token in place by its id. */
export const REVOKE_API_TOKEN: TypedDocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables> = gql`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`;
