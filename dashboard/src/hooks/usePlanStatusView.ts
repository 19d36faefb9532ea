import type { ErrorLike } from '@apollo/client';

import { GET_PLAN_STATUS_VIEW, type GetPlanStatusViewResult } from '../graphql/queries/getPlanStatusView';

import { usePlanQuery } from './usePlanQuery';

/** How many days ahead the plan page counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/** The plan by status today, with what is overdue and due soon. */
export type UsePlanStatusViewResult = { statusView: GetPlanStatusViewResult | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetPlanStatusView for a plan, today (nothing while there is no plan). */
export function usePlanStatusView(planId: string | null): UsePlanStatusViewResult {
  const { data, loading, error } = usePlanQuery(GET_PLAN_STATUS_VIEW, planId ? { planId, dueSoonDays: DUE_SOON_DAYS } : null);
  return { statusView: data?.planStatusView, loading, error };
}
