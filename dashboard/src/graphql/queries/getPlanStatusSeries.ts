import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetPlanStatusSeriesQuery, GetPlanStatusSeriesQueryVariables } from '../generated/graphql';

/** Counts by status at the end of one month. */
export type GetPlanStatusSeriesPoint = GetPlanStatusSeriesQuery['planStatusSeries'][number];

/** Counts by status at the end of each month, from the plan's first update or creation to this month. */
export const GET_PLAN_STATUS_SERIES: TypedDocumentNode<GetPlanStatusSeriesQuery, GetPlanStatusSeriesQueryVariables> = gql`
  query GetPlanStatusSeries($planId: ID!) {
    planStatusSeries(planId: $planId) {
      date
      red
      amber
      green
      blue
      noUpdate
      total
    }
  }
`;
