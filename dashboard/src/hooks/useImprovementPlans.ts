import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_IMPROVEMENT_PLANS, type GetImprovementPlansPlan } from '../graphql/queries/getImprovementPlans';

/** A council's plans the viewer may read, newest first. */
export type UseImprovementPlansResult = { plans: GetImprovementPlansPlan[] | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetImprovementPlans for a council (nothing while there is none). */
export function useImprovementPlans(councilGssCode: string | null): UseImprovementPlansResult {
  const {
    data,
    loading: fetching,
    error,
  } = useQuery(GET_IMPROVEMENT_PLANS, councilGssCode ? { variables: { councilGssCode }, fetchPolicy: 'cache-and-network' } : skipToken);
  // Read from the network on every visit, showing what is cached meanwhile: a plan changes under other
  // people's hands (members add progress), and a change made on another page must show here.
  // Loading only until there is something to show: a refetch after a change keeps the page (and its forms) in place.
  return { plans: data?.improvementPlans, loading: fetching && !data, error };
}
