import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetCouncilCircumstancesQuery, GetCouncilCircumstancesQueryVariables } from '../generated/graphql';

export type { GetCouncilCircumstancesQuery, GetCouncilCircumstancesQueryVariables };

/** One of a council's circumstances, from any source, and whether it places the council in a peer group. */
export type GetCouncilCircumstancesCircumstance = GetCouncilCircumstancesQuery['circumstances'][number];

/** A council's circumstances from every source (for the council itself, PAS and administrators). */
export const GET_COUNCIL_CIRCUMSTANCES: TypedDocumentNode<GetCouncilCircumstancesQuery, GetCouncilCircumstancesQueryVariables> = gql`
  query GetCouncilCircumstances($councilGssCode: String!) {
    circumstances(councilGssCode: $councilGssCode) {
      id
      kind
      source
      round
      startsOn
      endsOn
      definesPeerGroup
    }
  }
`;
