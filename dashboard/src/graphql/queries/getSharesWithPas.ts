import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetSharesWithPasQuery, GetSharesWithPasQueryVariables } from '../generated/graphql';

/** Whether the signed-in user's council shares its identified results with PAS (council leads and members only). */
export const GET_SHARES_WITH_PAS: TypedDocumentNode<GetSharesWithPasQuery, GetSharesWithPasQueryVariables> = gql`
  query GetSharesWithPas {
    sharesWithPas
  }
`;
