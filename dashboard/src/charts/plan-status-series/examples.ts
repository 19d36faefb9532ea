/** Named example datasets for the plan's status-over-time chart, shared by its spec and checks. */
import type { PlanStatusSeriesDatum } from './plan-status-series.domain';

/** The names of the examples. */
export type PlanStatusSeriesExampleName = 'typical' | 'empty' | 'singleMonth' | 'allEqual' | 'missingValues';

const point = (date: string, red: number, amber: number, green: number, blue: number, noUpdate: number): PlanStatusSeriesDatum => ({
  date,
  red,
  amber,
  green,
  blue,
  noUpdate,
  total: red + amber + green + blue + noUpdate,
});

/** The examples, each with what it shows. */
export const PLAN_STATUS_SERIES_EXAMPLES: Record<PlanStatusSeriesExampleName, { description: string; data: PlanStatusSeriesDatum[] }> = {
  typical: {
    description: 'A year of a plan: actions move from no update through Red and Amber to Green and Blue.',
    data: [
      point('2026-01-31', 0, 0, 0, 0, 8),
      point('2026-02-28', 2, 1, 1, 0, 4),
      point('2026-03-31', 2, 3, 2, 0, 1),
      point('2026-04-30', 1, 3, 3, 1, 0),
      point('2026-05-31', 1, 2, 3, 2, 0),
      point('2026-06-30', 0, 2, 3, 3, 0),
      point('2026-07-31', 0, 1, 2, 5, 0),
    ],
  },
  empty: { description: 'No months at all.', data: [] },
  singleMonth: { description: 'A plan started this month.', data: [point('2026-12-31', 1, 0, 0, 1, 2)] },
  allEqual: {
    description: 'Every status has the same count every month.',
    data: [point('2026-01-31', 2, 2, 2, 2, 2), point('2026-02-28', 2, 2, 2, 2, 2)],
  },
  missingValues: {
    description: 'A month whose counts came back missing or not numbers.',
    data: [point('2026-01-31', 1, 0, 0, 0, 1), { ...point('2026-02-28', 0, 0, 0, 0, 0), red: Number.NaN, total: 2 }],
  },
};
