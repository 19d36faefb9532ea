import { gql, type TypedDocumentNode } from '@apollo/client';

import { API_TOKEN_DETAILS } from '../fragments/apiTokenDetails';
import type { GetApiTokensQuery, GetApiTokensQueryVariables } from '../generated/graphql';

/** The signed-in user's API tokens, newest first, revoked ones included. */
export const GET_API_TOKENS: TypedDocumentNode<GetApiTokensQuery, GetApiTokensQueryVariables> = gql`
  query GetApiTokens {
    apiTokens {
      ...ApiTokenDetails
    }
  }
  ${API_TOKEN_DETAILS}
`;
