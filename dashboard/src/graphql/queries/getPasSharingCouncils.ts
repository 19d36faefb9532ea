import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetPasSharingCouncilsQuery, GetPasSharingCouncilsQueryVariables } from '../generated/graphql';

export type { GetPasSharingCouncilsQuery, GetPasSharingCouncilsQueryVariables };

/** The councils that share their identified results with PAS (PAS and administrators). */
export const GET_PAS_SHARING_COUNCILS: TypedDocumentNode<GetPasSharingCouncilsQuery, GetPasSharingCouncilsQueryVariables> = gql`
  query GetPasSharingCouncils {
    pasSharingCouncils {
      sharedAt
      council {
        gssCode
        name
      }
    }
  }
`;
