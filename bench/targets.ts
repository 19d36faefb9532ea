import { type Budget, POSITION_BUDGET, SECTOR_BUDGET, SUBMISSION_BUDGET } from './scenarios';

/**
 * Issue #16's targets with 8 clients on the 2-core machine, sector data, reported at every number
 * of clients the bench ran: a latency limit on the API's p95 for the views and the one-request
 * submission, and for every read a throughput at least the bare-SQL ceiling's in the same run.
 */
const LATENCY_TARGETS: { key: string; budget: Budget }[] = [
  { key: 'position-lead', budget: POSITION_BUDGET },
  { key: 'position-rotating', budget: POSITION_BUDGET },
  { key: 'position-first-read', budget: POSITION_BUDGET },
  { key: 'sector', budget: SECTOR_BUDGET },
  { key: 'submission', budget: SUBMISSION_BUDGET },
];
const THROUGHPUT_TARGETS = ['position-lead', 'position-rotating', 'position-first-read', 'sector', 'matrix', 'matrix-first-read'];

/** What a target is judged on, from a per-scenario result row (report.ts's ResultRow). */
type MeasuredRow = {
  key: string;
  concurrency: number;
  api: { p95: number; throughput: number };
  ceiling: { p95: number; throughput: number };
};

export type TargetRow = {
  /** The scenario's key, as in the per-scenario tables. */
  scenario: string;
  target: string;
  concurrency: number;
  unit: 'p95 ms' | 'per s';
  /** The API's figure and the ceiling's in the same run; null where the scenario was not run (--only). */
  measured: number | null;
  ceiling: number | null;
  /** Null where not measured. */
  met: boolean | null;
};

/** One row per target and number of clients, from the per-scenario results. */
export function targetRows(rows: MeasuredRow[], concurrency: number[]): TargetRow[] {
  const find = (key: string, clients: number) => rows.find((r) => r.key === key && r.concurrency === clients);
  const latency = LATENCY_TARGETS.flatMap(({ key, budget }) =>
    concurrency.map((clients): TargetRow => {
      const row = find(key, clients);
      return {
        scenario: key,
        target: `p95 < ${budget.p95Ms} ms`,
        concurrency: clients,
        unit: 'p95 ms',
        measured: row?.api.p95 ?? null,
        ceiling: row?.ceiling.p95 ?? null,
        met: row ? row.api.p95 < budget.p95Ms : null,
      };
    }),
  );
  const throughput = THROUGHPUT_TARGETS.flatMap((key) =>
    concurrency.map((clients): TargetRow => {
      const row = find(key, clients);
      return {
        scenario: key,
        target: "throughput ≥ ceiling's",
        concurrency: clients,
        unit: 'per s',
        measured: row?.api.throughput ?? null,
        ceiling: row?.ceiling.throughput ?? null,
        met: row ? row.api.throughput >= row.ceiling.throughput : null,
      };
    }),
  );
  return [...latency, ...throughput];
}

const figure = (value: number | null, unit: TargetRow['unit']) =>
  (value === null ? '—' : `${value.toFixed(1)} ${unit === 'p95 ms' ? 'ms' : '/s'}`).padStart(12);
const result = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'not met');

export function formatTargets(targets: TargetRow[]): string {
  const header = `${'scenario'.padEnd(22)}${'target'.padEnd(24)}${'clients'.padStart(8)}${'measured'.padStart(12)}${'ceiling'.padStart(12)}  result`;
  const lines = targets.map(
    (t) =>
      `${t.scenario.padEnd(22)}${t.target.padEnd(24)}${String(t.concurrency).padStart(8)}${figure(t.measured, t.unit)}${figure(t.ceiling, t.unit)}  ${result(t.met)}`,
  );
  const met = targets.filter((t) => t.met).length;
  const measured = targets.filter((t) => t.met !== null).length;
  return [`#16 targets (${met} of ${measured} measured met)`, header, ...lines].join('\n');
}
