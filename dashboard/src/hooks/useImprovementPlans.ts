import type { ErrorLike } from '@apollo/client';

import { GET_IMPROVEMENT_PLANS, type GetImprovementPlansPlan } from '../graphql/queries/getImprovementPlans';

import { usePlanQuery } from './usePlanQuery';

/** A council's plans the viewer may read, newest first. */
export type UseImprovementPlansResult = { plans: GetImprovementPlansPlan[] | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetImprovementPlans for a council (nothing while there is none). */
export function useImprovementPlans(councilGssCode: string | null): UseImprovementPlansResult {
  const { data, loading, error } = usePlanQuery(GET_IMPROVEMENT_PLANS, councilGssCode ? { councilGssCode } : null);
  return { plans: data?.improvementPlans, loading, error };
}
