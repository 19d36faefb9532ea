import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetCouncilsSharingWithPasQuery, GetCouncilsSharingWithPasQueryVariables } from '../generated/graphql';

export type { GetCouncilsSharingWithPasQuery, GetCouncilsSharingWithPasQueryVariables };

/** The councils that share their identified results with PAS: all a PAS analyst can open. */
export const GET_COUNCILS_SHARING_WITH_PAS: TypedDocumentNode<GetCouncilsSharingWithPasQuery, GetCouncilsSharingWithPasQueryVariables> =
  gql`
    query GetCouncilsSharingWithPas {
      councilsSharingWithPas {
        id
      }
    }
  `;
