import { gql, type TypedDocumentNode } from '@apollo/client';

import type { SubmitAssessmentMutation, SubmitAssessmentMutationVariables } from '../generated/graphql';

/** Submits a draft: it is scored, can no longer be edited, and supersedes any earlier submission for the round. */
export const SUBMIT_ASSESSMENT: TypedDocumentNode<SubmitAssessmentMutation, SubmitAssessmentMutationVariables> = gql`
  mutation SubmitAssessment($assessmentId: ID!, $idempotencyKey: String) {
    submitAssessment(assessmentId: $assessmentId, idempotencyKey: $idempotencyKey) {
      id
      status
      submittedAt
    }
  }
`;
