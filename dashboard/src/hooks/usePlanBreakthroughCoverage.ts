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
  const { data, loading, error } = useQuery(GET_PLAN_COVERAGE, planId ? { variables: { planId } } : skipToken);
  return { coverage: data?.planBreakthroughCoverage, loading, error };
}
