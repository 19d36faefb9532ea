import type { DataSource } from 'typeorm';

import type { LoopbackClient } from './http-client';

/** The release ledger's tables (migration addReleaseLedger), in the order the report lists them. */
const LEDGER_TABLES = ['benchmark_release', 'release_cell', 'release_submission'] as const;

export type LedgerTableSize = { table: string; rows: number; bytes: number };

/**
 * How big the release ledger is: each table's rows and total relation size (heap, indexes and
 * TOAST), the subjects with a release (framework version, scope, section or theme, dimension) and
 * the most sets released for any one subject, which bounds the work of checking a new set.
 */
export type LedgerSize = { tables: LedgerTableSize[]; totalBytes: number; subjects: number; maxSetsPerSubject: number };

export async function ledgerSize(owner: DataSource): Promise<LedgerSize> {
  const tables: LedgerTableSize[] = [];
  for (const table of LEDGER_TABLES) {
    const [row] = (await owner.query(`SELECT count(*)::bigint AS rows, pg_total_relation_size($1::regclass) AS bytes FROM ${table}`, [
      table,
    ])) as { rows: string; bytes: string }[];
    tables.push({ table, rows: Number(row.rows), bytes: Number(row.bytes) });
  }
  // One row per subject and set (uq_benchmark_release_subject_set), so rows per subject are its sets.
  const [subjects] = (await owner.query(
    `SELECT count(*)::int AS subjects, coalesce(max(sets), 0)::int AS max_sets
       FROM (SELECT count(*) AS sets FROM benchmark_release GROUP BY framework_id, scope, subject_id, dimension_id) s`,
  )) as { subjects: number; max_sets: number }[];
  return {
    tables,
    totalBytes: tables.reduce((sum, t) => sum + t.bytes, 0),
    subjects: subjects.subjects,
    maxSetsPerSubject: subjects.max_sets,
  };
}

/** The histogram the benchmark module keeps of the time each read spends in the ledger check, by view. */
export const LEDGER_METRIC = 'touchstone_release_ledger_seconds';

/** The histogram's running sum (seconds) and count per view, as /metrics reports them; null when the API does not report it. */
export type LedgerReading = Map<string, { seconds: number; count: number }> | null;

/** The API's ledger checks over one measured phase, per view: how many, and their mean time (sum ÷ count). */
export type LedgerCost = { view: string; checks: number; msPerCheck: number | null }[];

/** Reads the histogram's _sum and _count per `view` label from Prometheus's text format. */
export function parseLedgerMetric(text: string): LedgerReading {
  const reading = new Map<string, { seconds: number; count: number }>();
  const line = new RegExp(`^${LEDGER_METRIC}_(sum|count)\\{([^}]*)\\}\\s+(\\S+)`);
  for (const row of text.split('\n')) {
    const match = line.exec(row);
    if (!match) continue;
    const view = /(?:^|,)view="([^"]*)"/.exec(match[2])?.[1];
    if (view === undefined) continue;
    const entry = reading.get(view) ?? { seconds: 0, count: 0 };
    if (match[1] === 'sum') entry.seconds += Number(match[3]);
    else entry.count += Number(match[3]);
    reading.set(view, entry);
  }
  return reading.size > 0 || text.includes(`# TYPE ${LEDGER_METRIC} histogram`) ? reading : null;
}

/**
 * Reads the API's /metrics with its token. A reply without the histogram (an API that does not
 * keep it) is null, so the report says "not measured"; a refused or failed reply is an error, since
 * the bench set the token itself.
 */
export function ledgerReader(client: LoopbackClient, token: string): () => Promise<LedgerReading> {
  return async () => {
    const reply = await client.get('/metrics', { authorization: `Bearer ${token}` });
    if (reply.status !== 200) throw new Error(`/metrics failed (HTTP ${reply.status}): ${reply.body.slice(0, 200)}`);
    return parseLedgerMetric(reply.body);
  };
}

/** The checks between two readings, per view that had any; null when either reading lacks the histogram. */
export function ledgerCostBetween(before: LedgerReading, after: LedgerReading): LedgerCost | null {
  if (!before || !after) return null;
  return [...after]
    .map(([view, now]) => {
      const then = before.get(view) ?? { seconds: 0, count: 0 };
      const checks = now.count - then.count;
      return { view, checks, msPerCheck: checks > 0 ? ((now.seconds - then.seconds) * 1000) / checks : null };
    })
    .filter((cost) => cost.checks > 0)
    .sort((a, b) => a.view.localeCompare(b.view));
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function formatLedgerSize(label: string, size: LedgerSize): string {
  return [
    `Release ledger ${label}: ${size.subjects} subjects with releases, at most ${size.maxSetsPerSubject} sets for one subject, ${mib(size.totalBytes)} in all (with indexes)`,
    ...size.tables.map((t) => `  ${t.table.padEnd(20)}${String(t.rows).padStart(10)} rows${mib(t.bytes).padStart(12)}`),
  ].join('\n');
}

/** "position: 300 checks, 0.42 ms each", or "not measured" where the API keeps no ledger histogram. */
export function formatLedgerCost(cost: LedgerCost | null | undefined): string {
  if (cost === undefined) return '';
  if (cost === null) return 'not measured (the API reports no touchstone_release_ledger_seconds)';
  if (cost.length === 0) return 'no ledger checks';
  return cost.map((c) => `${c.view}: ${c.checks} checks, ${c.msPerCheck === null ? '—' : `${c.msPerCheck.toFixed(2)} ms`} each`).join('; ');
}
