import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetAssessmentsQuery, GetAssessmentsQueryVariables } from '../generated/graphql';

/** One of a council's assessments, as the list shows it. */
export type GetAssessmentsAssessment = GetAssessmentsQuery['assessments'][number];

/** A council's assessments, newest round first, with superseded submissions kept as history. */
export const GET_ASSESSMENTS: TypedDocumentNode<GetAssessmentsQuery, GetAssessmentsQueryVariables> = gql`
  query GetAssessments($councilGssCode: String!) {
    assessments(councilGssCode: $councilGssCode, includeSuperseded: true) {
      id
      round
      status
      startedAt
      lastChangedAt
      submittedAt
      supersedesId
      isSynthetic
      framework {
        id
        key
        version
        title
      }
      includedSections {
        id
      }
      coverage {
        sectionsDone
      }
      participantsByRole {
        role
        count
      }
      participantCount
    }
  }
`;
