import { gql, type TypedDocumentNode } from '@apollo/client';

import { API_TOKEN_DETAILS } from '../fragments/apiTokenDetails';
import type { RevokeApiTokenMutation, RevokeApiTokenMutationVariables } from '../generated/graphql';

/** Revokes an API token; it comes back with revokedAt set and the cache updates it in place by its id. */
export const REVOKE_API_TOKEN: TypedDocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables> = gql`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenDetails
    }
  }
  ${API_TOKEN_DETAILS}
`;
