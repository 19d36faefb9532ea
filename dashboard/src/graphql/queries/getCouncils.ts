import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetCouncilsQuery, GetCouncilsQueryVariables } from '../generated/graphql';

/** One council as the council picker needs it; id is what a user's councilId refers to. */
export type GetCouncilsCouncil = GetCouncilsQuery['councils'][number];

/** Every English authority (the API's page size of 500 holds them all), for the council picker and to find a user's own council. */
export const GET_COUNCILS: TypedDocumentNode<GetCouncilsQuery, GetCouncilsQueryVariables> = gql`
  query GetCouncils {
    councils(take: 500) {
      id
      gssCode
      name
      type
    }
  }
`;
