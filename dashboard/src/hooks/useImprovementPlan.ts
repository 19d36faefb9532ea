import type { ErrorLike } from '@apollo/client';

import { GET_IMPROVEMENT_PLAN, type GetImprovementPlanPlan } from '../graphql/queries/getImprovementPlan';

import { usePlanQuery } from './usePlanQuery';

/** One plan by heading. */
export type UseImprovementPlanResult = { plan: GetImprovementPlanPlan | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetImprovementPlan for a plan (nothing while there is none). */
export function useImprovementPlan(planId: string | null): UseImprovementPlanResult {
  const { data, loading, error } = usePlanQuery(GET_IMPROVEMENT_PLAN, planId ? { id: planId } : null);
  return { plan: data?.improvementPlan, loading, error };
}
