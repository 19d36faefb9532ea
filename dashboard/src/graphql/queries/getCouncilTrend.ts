import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetCouncilTrendQuery, GetCouncilTrendQueryVariables } from '../generated/graphql';

/** One of the council's assessments with its section scores, for its trend across rounds. */
export type GetCouncilTrendAssessment = GetCouncilTrendQuery['assessments'][number];

/** A council's assessments of one framework, every round, with section scores: its own trend. */
export const GET_COUNCIL_TREND: TypedDocumentNode<GetCouncilTrendQuery, GetCouncilTrendQueryVariables> = gql`
  query GetCouncilTrend($councilGssCode: String!, $frameworkKey: String!) {
    assessments(councilGssCode: $councilGssCode, frameworkKey: $frameworkKey) {
      id
      round
      status
      sectionScores {
        score
        dimension {
          key
        }
        section {
          key
          title
          position
        }
      }
    }
  }
`;
