import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_PLAN_COVERAGE, type GetPlanBreakthroughCoverageResult } from '../graphql/queries/getPlanBreakthroughCoverage';

/** Each breakthrough question's linked actions beside the council's own answer. */
export type UsePlanBreakthroughCoverageResult = {
  coverage: GetPlanBreakthroughCoverageResult | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
};

/** Runs GetPlanBreakthroughCoverage for a plan (nothing while there is none). */
export function usePlanBreakthroughCoverage(planId: string | null): UsePlanBreakthroughCoverageResult {
  const {
    data,
    loading: fetching,
    error,
  } = useQuery(GET_PLAN_COVERAGE, planId ? { variables: { planId }, fetchPolicy: 'cache-and-network' } : skipToken);
  // Read from the network on every visit, showing what is cached meanwhile: a plan changes under other
  // people's hands (members add progress), and a change made on another page must show here.
  // Loading only until there is something to show: a refetch after a change keeps the page (and its forms) in place.
  return { coverage: data?.planBreakthroughCoverage, loading: fetching && !data, error };
}
