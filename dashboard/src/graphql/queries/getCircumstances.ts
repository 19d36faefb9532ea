import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetCircumstancesQuery, GetCircumstancesQueryVariables } from '../generated/graphql';

/** One circumstance with its source and date. */
export type GetCircumstancesCircumstance = GetCircumstancesQuery['circumstances'][number];

/** A council's circumstances from every source, with their dates (the council itself, PAS and administrators). */
export const GET_CIRCUMSTANCES: TypedDocumentNode<GetCircumstancesQuery, GetCircumstancesQueryVariables> = gql`
  query GetCircumstances($councilGssCode: String!) {
    circumstances(councilGssCode: $councilGssCode) {
      id
      kind
      source
      round
      startsOn
      endsOn
      note
    }
  }
`;
