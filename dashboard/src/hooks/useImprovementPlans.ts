import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_IMPROVEMENT_PLANS, type GetImprovementPlansPlan } from '../graphql/queries/getImprovementPlans';

/** A council's plans the viewer may read, newest first. */
export type UseImprovementPlansResult = { plans: GetImprovementPlansPlan[] | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetImprovementPlans for a council (nothing while there is none). */
export function useImprovementPlans(councilGssCode: string | null): UseImprovementPlansResult {
  const { data, loading, error } = useQuery(GET_IMPROVEMENT_PLANS, councilGssCode ? { variables: { councilGssCode } } : skipToken);
  return { plans: data?.improvementPlans, loading, error };
}
