import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_IMPROVEMENT_PLAN, type GetImprovementPlanPlan } from '../graphql/queries/getImprovementPlan';

/** One plan by heading. */
export type UseImprovementPlanResult = { plan: GetImprovementPlanPlan | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetImprovementPlan for a plan (nothing while there is none). */
export function useImprovementPlan(planId: string | null): UseImprovementPlanResult {
  const { data, loading, error } = useQuery(GET_IMPROVEMENT_PLAN, planId ? { variables: { id: planId } } : skipToken);
  return { plan: data?.improvementPlan, loading, error };
}
