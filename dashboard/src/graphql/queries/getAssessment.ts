import { gql, type TypedDocumentNode } from '@apollo/client';

import { ASSESSMENT_PLAN_FIELDS } from '../fragments/assessmentPlanFields';
import type { GetAssessmentQuery, GetAssessmentQueryVariables } from '../generated/graphql';

/** One assessment with its plan, framework, coverage and participants. */
export type GetAssessmentAssessment = GetAssessmentQuery['assessment'];

/** A section's coverage before submitting. */
export type GetAssessmentSectionCoverage = GetAssessmentAssessment['coverage']['sections'][number];

/** One session of the assessment, newest first. */
export type GetAssessmentSession = GetAssessmentQuery['facilitatedSessions'][number];

/** An assessment as its plan page shows it: the plan, every section and statement of its framework, coverage, and its sessions. */
export const GET_ASSESSMENT: TypedDocumentNode<GetAssessmentQuery, GetAssessmentQueryVariables> = gql`
  query GetAssessment($id: ID!) {
    assessment(id: $id) {
      id
      round
      status
      submittedAt
      supersedesId
      council {
        id
        gssCode
        name
      }
      framework {
        id
        key
        version
        title
        sectionLabel
        itemLabel
        sections {
          id
          key
          title
          items {
            id
            key
            text
          }
        }
      }
      ...AssessmentPlanFields
      coverage {
        total
        agreed
        scoredOnly
        unscored
        skipped
        sectionsDone
        sections {
          section {
            id
            key
            title
          }
          included
          total
          agreed
          scoredOnly
          unscored
          skipped
          done
        }
      }
      participantsByRole {
        role
        count
      }
      participantCount
    }
    facilitatedSessions(assessmentId: $id) {
      session {
        id
        mode
        status
        joinCode
        joinCodeExpiresAt
        endedAt
      }
      sections {
        id
        title
      }
      participantCount
      agreedCount
      skippedCount
    }
  }
  ${ASSESSMENT_PLAN_FIELDS}
`;
