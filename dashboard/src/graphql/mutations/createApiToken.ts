import { gql, type TypedDocumentNode } from '@apollo/client';

import { API_TOKEN_DETAILS } from '../fragments/apiTokenDetails';
import type { CreateApiTokenMutation, CreateApiTokenMutationVariables } from '../generated/graphql';

/** Creates an API token for the signed-in user; the result holds the token itself this once only. */
export const CREATE_API_TOKEN: TypedDocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables> = gql`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenDetails
      }
    }
  }
  ${API_TOKEN_DETAILS}
`;
