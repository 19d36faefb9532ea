import { gql, type TypedDocumentNode } from '@apollo/client';

import { PLAN_ACTION_ENTRY_FIELDS } from '../fragments/planActionEntryFields';
import type { GetPlanStatusViewQuery, GetPlanStatusViewQueryVariables } from '../generated/graphql';

/** The plan by status today, with the overdue and due-soon actions. */
export type GetPlanStatusViewResult = GetPlanStatusViewQuery['planStatusView'];

/** An action with the heading and challenge it sits under. */
export type GetPlanStatusViewEntry = GetPlanStatusViewResult['overdue'][number];

/** The plan by status on a day (today by default): each status's actions, and what is overdue or due soon. */
export const GET_PLAN_STATUS_VIEW: TypedDocumentNode<GetPlanStatusViewQuery, GetPlanStatusViewQueryVariables> = gql`
  query GetPlanStatusView($planId: ID!, $dueSoonDays: Int) {
    planStatusView(planId: $planId, dueSoonDays: $dueSoonDays) {
      asOf
      dueSoonDays
      byStatus {
        status
        label
        actions {
          ...PlanActionEntryFields
        }
      }
      overdue {
        ...PlanActionEntryFields
      }
      dueSoon {
        ...PlanActionEntryFields
      }
    }
  }
  ${PLAN_ACTION_ENTRY_FIELDS}
`;
