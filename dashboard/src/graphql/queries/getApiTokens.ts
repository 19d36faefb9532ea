import { gql, type TypedDocumentNode } from '@apollo/client';

/** One of the signed-in user's API tokens; the token itself is never sent again after creation. */
export type GetApiTokensToken = {
  id: string;
  name: string;
  /** ISO date-times. */
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** Result of GetApiTokens. */
export type GetApiTokensQuery = { apiTokens: GetApiTokensToken[] };

/** GetApiTokens takes no variables. */
export type GetApiTokensQueryVariables = Record<string, never>;

/** The signed-in user's API tokens, newest first, revoked ones included. */
export const GET_API_TOKENS: TypedDocumentNode<GetApiTokensQuery, GetApiTokensQueryVariables> = gql`
  query GetApiTokens {
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`;
