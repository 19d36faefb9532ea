import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';

import { PROJECT_ROOT } from '../api/src/common/project-root';
import { formatRowCounts, type RowCounts } from '../scripts/database';

import type { CpuPerTask } from './cpu-usage';
import type { DashboardSize } from './dashboard-size';
import type { FirstRenderResult } from './first-render';
import { formatLedgerCost, formatLedgerSize, type LedgerCost, type LedgerSize } from './ledger';
import type { LiveSessionResult } from './live-session';
import type { LatencySummary, LoadResult } from './load-runner';
import type { BenchOptions } from './options';
import type { Budget, ScenarioRow } from './scenarios';
import type { TargetRow } from './targets';

export const RESULTS_FILE = join(PROJECT_ROOT, 'bench', 'results', 'latest.json');

type Measured = LatencySummary & { throughput: number; timedOut: boolean; cpu: CpuPerTask | null };

export type ResultRow = {
  key: string;
  title: string;
  /** Clients sending requests at once. */
  concurrency: number;
  budget: Budget | null;
  api: Measured;
  ceiling: Measured;
  /** API p95 ÷ ceiling p95: how many times the bare SQL's time the service takes. */
  ratio: number;
  /** Null where DESIGN.md sets no budget. */
  pass: boolean | null;
  /**
   * Reads only: the API's release-ledger checks over the measured phase, per view (from its
   * touchstone_release_ledger_seconds histogram); null where the API does not report it.
   */
  ledger?: LedgerCost | null;
};

export type BenchReport = {
  generatedAt: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string };
  options: BenchOptions;
  database: { name: string; rowCounts: RowCounts; seed: string; loadedThisRun: { seconds: number; assessments: number } | null };
  scenarios: ResultRow[];
  dashboard: DashboardSize;
  /** The council position view's time to first render in Chromium, at sector scale; null where no Chromium is installed. */
  firstRender: FirstRenderResult | null;
  /** Live sessions on two API processes (votes to the facilitator, the reveal to the phones); null where not run (--only). */
  liveSessions: LiveSessionResult | null;
  /** The same with each round's votes spread over a voting time (live-session-paced); null where not run. */
  liveSessionsPaced: LiveSessionResult | null;
  /** Issue #16's targets at each number of clients, with the ceiling's figure beside the API's. */
  targets: TargetRow[];
  /** The release ledger's size before the scenarios and after them (#14); each read's ledger cost is in its scenario row. */
  ledger: { before: LedgerSize; after: LedgerSize };
};

const measured = (result: LoadResult, metric: string): Measured => {
  const summary = result.metrics[metric];
  if (!summary) throw new Error(`No samples for ${metric}`);
  return { ...summary, throughput: result.throughput, timedOut: result.timedOut, cpu: result.cpu };
};

/** One result row per reported metric of a scenario; every row of a scenario is compared with the same ceiling. */
export function resultRow(row: ScenarioRow, concurrency: number, api: LoadResult, ceiling: LoadResult): ResultRow {
  const apiFigures = measured(api, row.metric);
  const ceilingFigures = measured(ceiling, 'total');
  return {
    key: row.key,
    title: row.title,
    concurrency,
    budget: row.budget,
    api: apiFigures,
    ceiling: ceilingFigures,
    ratio: apiFigures.p95 / ceilingFigures.p95,
    pass: row.budget ? apiFigures.p95 < row.budget.p95Ms : null,
  };
}

const ms = (value: number) => value.toFixed(1).padStart(8);
const rate = (value: number) => value.toFixed(1).padStart(8);
const verdict = (pass: boolean | null) => (pass === null ? 'no budget' : pass ? 'PASS' : 'FAIL');
const cpuMs = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(1)).padStart(8);

/** A small table per scenario: the API and the ceiling side by side (latency, throughput, CPU per request), then the ratio and the budget. */
export function formatScenario(row: ResultRow): string {
  const line = (label: string, m: Measured) =>
    `  ${label.padEnd(8)}${String(m.count).padStart(6)}${ms(m.p50)}${ms(m.p95)}${ms(m.p99)}${rate(m.throughput)}${cpuMs(m.cpu?.nodeMs)}${cpuMs(m.cpu?.databaseMs)}${m.timedOut ? '  (time limit reached)' : ''}`;
  return [
    `${row.title}, ${row.concurrency} ${row.concurrency === 1 ? 'client' : 'clients at once'}`,
    `  ${''.padEnd(8)}${'n'.padStart(6)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'per s'.padStart(8)}${'Node'.padStart(8)}${'PG'.padStart(8)}  (CPU ms per request)`,
    line('API', row.api),
    line('ceiling', row.ceiling),
    `  ratio (API p95 / ceiling p95): ${row.ratio.toFixed(1)}×   budget: ${row.budget?.description ?? 'none in DESIGN.md §7'}   ${verdict(row.pass)}`,
    ...(row.ledger === undefined ? [] : [`  release ledger, API: ${formatLedgerCost(row.ledger)}`]),
  ].join('\n');
}

/** Every row on one line each, for reading at a glance. */
export function formatSummary(report: BenchReport): string {
  const header = `${'scenario'.padEnd(36)}${'clients'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'per s'.padStart(8)}${'ceil p95'.padStart(10)}${'ratio'.padStart(8)}  budget            result`;
  const rows = report.scenarios.map(
    (r) =>
      `${r.key.padEnd(36)}${String(r.concurrency).padStart(8)}${ms(r.api.p50)}${ms(r.api.p95)}${ms(r.api.p99)}${rate(r.api.throughput)}${ms(r.ceiling.p95).padStart(10)}${`${r.ratio.toFixed(1)}×`.padStart(8)}  ${(r.budget?.description ?? '—').padEnd(18)}${verdict(r.pass)}`,
  );
  // Live sessions have no ceiling: "clients" is every participant at once, "per s" the votes (or reveals) handled a second.
  // A phase that measured nothing (every wait reached the time limit) shows a dash, not NaN.
  const m = (value: number) => (Number.isFinite(value) ? ms(value) : '—'.padStart(8));
  const liveRows = [report.liveSessions, report.liveSessionsPaced].flatMap((live) =>
    live
      ? [
          `${`${live.key}-vote (${live.sessions}×${live.participantsPerSession})`.padEnd(36)}${String(live.sessions * live.participantsPerSession).padStart(8)}${m(live.votes.toFacilitator.p50)}${m(live.votes.toFacilitator.p95)}${m(live.votes.toFacilitator.p99)}${rate(live.votes.throughput)}${'—'.padStart(10)}${'—'.padStart(8)}  ${live.votes.budget.description.padEnd(18)}${verdict(live.votes.pass)}`,
          `${`${live.key}-reveal (${live.sessions}×${live.participantsPerSession})`.padEnd(36)}${String(live.sessions * live.participantsPerSession).padStart(8)}${m(live.reveal.toParticipants.p50)}${m(live.reveal.toParticipants.p95)}${m(live.reveal.toParticipants.p99)}${'—'.padStart(8)}${'—'.padStart(10)}${'—'.padStart(8)}  ${'—'.padEnd(18)}${verdict(null)}`,
        ]
      : [],
  );
  const d = report.dashboard;
  const dashboard = `${'dashboard initial JS (gzip)'.padEnd(44)}${`${(d.gzipBytes / 1000).toFixed(1)} KB in ${d.files.length} files`.padStart(32)}${''.padStart(18)}  ${'< 250 KB'.padEnd(18)}${verdict(d.pass)}`;
  return [header, ...rows, ...liveRows, dashboard].join('\n');
}

export function formatDashboard(size: DashboardSize): string {
  const files = size.files.map((f) => `  ${f.path.padEnd(44)}${String(f.bytes).padStart(9)} B${String(f.gzipBytes).padStart(9)} B gzipped`);
  return [
    `Dashboard initial JavaScript: ${(size.gzipBytes / 1000).toFixed(1)} KB gzipped (budget < ${size.budgetBytes / 1000} KB): ${verdict(size.pass)}`,
    ...files,
  ].join('\n');
}

export function formatFirstRender(result: FirstRenderResult | null): string {
  if (!result) return 'Council position, time to first render: not measured (no Chromium at /usr/bin/chromium or CHROMIUM_PATH)';
  const { summary } = result;
  return `Council position, time to first render in Chromium (${summary.count} cold loads, ${result.path}): p50 ${summary.p50.toFixed(0)} ms, p95 ${summary.p95.toFixed(0)} ms, max ${summary.max.toFixed(0)} ms`;
}

/** The ledger's size before and after, and each read's ledger cost per check, one line per scenario and number of clients. */
export function formatLedger(report: BenchReport): string {
  const reads = report.scenarios.filter((r) => r.ledger !== undefined);
  return [
    formatLedgerSize('before the scenarios', report.ledger.before),
    formatLedgerSize('after them', report.ledger.after),
    'Release ledger cost per read (API, measured phase):',
    ...(reads.length === 0
      ? ['  no read scenario ran']
      : reads.map((r) => `  ${r.key.padEnd(22)}${String(r.concurrency).padStart(3)} clients  ${formatLedgerCost(r.ledger)}`)),
  ].join('\n');
}

export function formatDatabase(report: BenchReport): string {
  const loaded = report.database.loadedThisRun;
  return [
    `Bench database ${report.database.name} (seed "${report.database.seed}")${loaded ? `, loaded in this run: ${loaded.assessments} assessments in ${loaded.seconds.toFixed(1)} s` : ''}:`,
    formatRowCounts(report.database.rowCounts),
  ].join('\n');
}

export function machine(): BenchReport['machine'] {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
  };
}

export function writeReport(report: BenchReport): void {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
}
