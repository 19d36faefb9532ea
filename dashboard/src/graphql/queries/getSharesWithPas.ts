import { gql, type TypedDocumentNode } from '@apollo/client';

/** Result of GetSharesWithPas. */
export type GetSharesWithPasQuery = { sharesWithPas: boolean };

/** GetSharesWithPas takes no variables. */
export type GetSharesWithPasQueryVariables = Record<string, never>;

/** Whether the signed-in user's council shares its identified results with PAS (council leads and members only). */
export const GET_SHARES_WITH_PAS: TypedDocumentNode<GetSharesWithPasQuery, GetSharesWithPasQueryVariables> = gql`
  query GetSharesWithPas {
    sharesWithPas
  }
`;
