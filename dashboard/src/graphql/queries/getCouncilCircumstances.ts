import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetCouncilCircumstancesQuery, GetCouncilCircumstancesQueryVariables } from '../generated/graphql';

/** One of a council's circumstances, with who recorded it and whether it places the council in a peer group. */
export type GetCouncilCircumstancesCircumstance = GetCouncilCircumstancesQuery['circumstances'][number];

/** A council's circumstances in a round, from every source: why a circumstance peer group is offered to it. */
export const GET_COUNCIL_CIRCUMSTANCES: TypedDocumentNode<GetCouncilCircumstancesQuery, GetCouncilCircumstancesQueryVariables> = gql`
  query GetCouncilCircumstances($councilGssCode: String!, $round: String) {
    circumstances(councilGssCode: $councilGssCode, round: $round) {
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
