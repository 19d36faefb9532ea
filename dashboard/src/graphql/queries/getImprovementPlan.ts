import { gql, type TypedDocumentNode } from '@apollo/client';

import { PLAN_SOURCE_FIELDS } from '../fragments/planSourceFields';
import { IMPROVEMENT_PLAN_SUMMARY } from '../fragments/improvementPlanSummary';
import type { GetImprovementPlanQuery, GetImprovementPlanQueryVariables } from '../generated/graphql';

/** A plan with its headings, challenges and actions. */
export type GetImprovementPlanPlan = GetImprovementPlanQuery['improvementPlan'];

/** A heading: a core element or a local theme, with its challenges in order. */
export type GetImprovementPlanHeading = GetImprovementPlanPlan['headings'][number];

/** A challenge with where it came from, its outcomes and its actions. */
export type GetImprovementPlanChallenge = GetImprovementPlanHeading['challenges'][number];

/** An action with its target, latest status and whether it is overdue or due soon. */
export type GetImprovementPlanAction = GetImprovementPlanChallenge['actions'][number];

/** One plan by heading: headings → challenges → actions, each action with its latest update (not the whole history). */
export const GET_IMPROVEMENT_PLAN: TypedDocumentNode<GetImprovementPlanQuery, GetImprovementPlanQueryVariables> = gql`
  query GetImprovementPlan($id: ID!) {
    improvementPlan(id: $id) {
      ...ImprovementPlanSummary
      statusCounts {
        red
        amber
        green
        blue
        noUpdate
        total
      }
      headings {
        id
        kind
        sectionKey
        title
        position
        challenges {
          id
          headingId
          title
          outcomes
          position
          source {
            ...PlanSourceFields
          }
          actions {
            id
            challengeId
            description
            lead
            position
            target {
              text
              kind
              dueOn
            }
            status
            overdue
            dueSoon
            latestUpdate {
              id
              date
              status
            }
          }
        }
      }
    }
  }
  ${IMPROVEMENT_PLAN_SUMMARY}
  ${PLAN_SOURCE_FIELDS}
`;
