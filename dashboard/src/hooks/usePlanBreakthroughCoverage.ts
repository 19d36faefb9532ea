import type { ErrorLike } from '@apollo/client';

import { GET_PLAN_COVERAGE, type GetPlanBreakthroughCoverageResult } from '../graphql/queries/getPlanBreakthroughCoverage';

import { usePlanQuery } from './usePlanQuery';

/** Each breakthrough question's linked actions beside the council's own answer. */
export type UsePlanBreakthroughCoverageResult = {
  coverage: GetPlanBreakthroughCoverageResult | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
};

/** Runs GetPlanBreakthroughCoverage for a plan (nothing while there is none). */
export function usePlanBreakthroughCoverage(planId: string | null): UsePlanBreakthroughCoverageResult {
  const { data, loading, error } = usePlanQuery(GET_PLAN_COVERAGE, planId ? { planId } : null);
  return { coverage: data?.planBreakthroughCoverage, loading, error };
}
