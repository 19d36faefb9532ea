import { gql, type TypedDocumentNode } from '@apollo/client';

import { API_TOKEN_DETAILS } from '../fragments/apiTokenDetails';
import type { GetApiTokensQuery, GetApiTokensQueryVariables } from '../generated/graphql';

/** One of the signed-in user's API tokens; the token itself is never sent again after creation. Date-times are ISO strings. */
export type GetApiTokensToken = GetApiTokensQuery['apiTokens'][number];

/** The signed-in user's API tokens, newest first, revoked ones included. */
export const GET_API_TOKENS: TypedDocumentNode<GetApiTokensQuery, GetApiTokensQueryVariables> = gql`
  query GetApiTokens {
    apiTokens {
      ...ApiTokenDetails
    }
  }
  ${API_TOKEN_DETAILS}
`;
