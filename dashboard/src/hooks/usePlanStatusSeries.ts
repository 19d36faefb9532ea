import type { ErrorLike } from '@apollo/client';
import { useMemo } from 'react';

import type { PlanStatusSeriesDatum } from '../charts/plan-status-series/plan-status-series.domain';
import { GET_PLAN_STATUS_SERIES } from '../graphql/queries/getPlanStatusSeries';

import { usePlanQuery } from './usePlanQuery';

/** Counts by status at the end of each month, shaped for the chart. */
export type UsePlanStatusSeriesResult = { series: PlanStatusSeriesDatum[] | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetPlanStatusSeries for a plan (nothing while there is none) and maps it to the chart's plain data. */
export function usePlanStatusSeries(planId: string | null): UsePlanStatusSeriesResult {
  const { data, loading, error } = usePlanQuery(GET_PLAN_STATUS_SERIES, planId ? { planId } : null);
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
  return { series, loading, error };
}
