import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_PLAN_STATUS_VIEW, type GetPlanStatusViewResult } from '../graphql/queries/getPlanStatusView';

/** How many days ahead the plan page counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/** The plan by status today, with what is overdue and due soon. */
export type UsePlanStatusViewResult = { statusView: GetPlanStatusViewResult | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetPlanStatusView for a plan, today (nothing while there is no plan). */
export function usePlanStatusView(planId: string | null): UsePlanStatusViewResult {
  const {
    data,
    loading: fetching,
    error,
  } = useQuery(
    GET_PLAN_STATUS_VIEW,
    planId ? { variables: { planId, dueSoonDays: DUE_SOON_DAYS }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  // Read from the network on every visit, showing what is cached meanwhile: a plan changes under other
  // people's hands (members add progress), and a change made on another page must show here.
  // Loading only until there is something to show: a refetch after a change keeps the page (and its forms) in place.
  return { statusView: data?.planStatusView, loading: fetching && !data, error };
}
