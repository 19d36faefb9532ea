import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetPasSharingCouncilsQuery, GetPasSharingCouncilsQueryVariables } from '../generated/graphql';

/** The councils that share their identified results with PAS (PAS and administrators): the councils a PAS analyst can open. */
export const GET_PAS_SHARING_COUNCILS: TypedDocumentNode<GetPasSharingCouncilsQuery, GetPasSharingCouncilsQueryVariables> = gql`
  query GetPasSharingCouncils {
    pasSharingCouncils {
      sharedAt
      council {
        id
        gssCode
        name
      }
    }
  }
`;
