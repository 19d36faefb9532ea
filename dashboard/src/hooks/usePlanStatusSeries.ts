import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import type { PlanStatusSeriesDatum } from '../charts/plan-status-series/plan-status-series.domain';
import { GET_PLAN_STATUS_SERIES } from '../graphql/queries/getPlanStatusSeries';

/** Counts by status at the end of each month, shaped for the chart. */
export type UsePlanStatusSeriesResult = { series: PlanStatusSeriesDatum[] | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetPlanStatusSeries for a plan (nothing while there is none) and maps it to the chart's plain data. */
export function usePlanStatusSeries(planId: string | null): UsePlanStatusSeriesResult {
  const {
    data,
    loading: fetching,
    error,
  } = useQuery(GET_PLAN_STATUS_SERIES, planId ? { variables: { planId }, fetchPolicy: 'cache-and-network' } : skipToken);
  const series = useMemo(
    () =>
      data?.planStatusSeries.map((p) => ({
        date: p.date,
        red: p.red,
        amber: p.amber,
        green: p.green,
        blue: p.blue,
        noUpdate: p.noUpdate,
        total: p.total,
      })),
    [data],
  );
  // Read from the network on every visit, showing what is cached meanwhile: a plan changes under other
  // people's hands (members add progress), and a change made on another page must show here.
  // Loading only until there is something to show: a refetch after a change keeps the chart in place.
  return { series, loading: fetching && !data, error };
}
