import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_IMPROVEMENT_PLAN, type GetImprovementPlanPlan } from '../graphql/queries/getImprovementPlan';

/** One plan by heading. */
export type UseImprovementPlanResult = { plan: GetImprovementPlanPlan | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetImprovementPlan for a plan (nothing while there is none). */
export function useImprovementPlan(planId: string | null): UseImprovementPlanResult {
  const {
    data,
    loading: fetching,
    error,
  } = useQuery(GET_IMPROVEMENT_PLAN, planId ? { variables: { id: planId }, fetchPolicy: 'cache-and-network' } : skipToken);
  // Read from the network on every visit, showing what is cached meanwhile: a plan changes under other
  // people's hands (members add progress), and a change made on another page must show here.
  // Loading only until there is something to show: a refetch after a change keeps the page (and its forms) in place.
  return { plan: data?.improvementPlan, loading: fetching && !data, error };
}
