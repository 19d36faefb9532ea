import { gql, type TypedDocumentNode } from '@apollo/client';

import type { ApiTokenDetailsFragment } from '../generated/graphql';

/** An API token as its owner sees it (never the token itself after creation); the same fields wherever a token comes back, so the cache updates it in place. Date-times are ISO strings. */
export const API_TOKEN_DETAILS: TypedDocumentNode<ApiTokenDetailsFragment> = gql`
  fragment ApiTokenDetails on ApiToken {
    id
    name
    scopes
    expiresAt
    createdAt
    lastUsedAt
    revokedAt
  }
`;
