import { gql, type TypedDocumentNode } from '@apollo/client';

import { ASSESSMENT_PLAN_FIELDS } from '../fragments/assessmentPlanFields';
import type { PlanAssessmentMutation, PlanAssessmentMutationVariables } from '../generated/graphql';

/** Saves a draft's plan: sections, skipped statements, purpose, chair, note-taker, cadence and timescale. */
export const PLAN_ASSESSMENT: TypedDocumentNode<PlanAssessmentMutation, PlanAssessmentMutationVariables> = gql`
  mutation PlanAssessment($input: PlanAssessmentInput!) {
    planAssessment(input: $input) {
      id
      ...AssessmentPlanFields
    }
  }
  ${ASSESSMENT_PLAN_FIELDS}
`;
