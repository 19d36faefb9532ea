import { randomUUID } from 'node:crypto';

import { Histogram, Registry } from 'prom-client';

import { LEDGER_METRIC, ledgerCostBetween, ledgerSize, parseLedgerMetric } from '../../bench/ledger';
import { targetRows } from '../../bench/targets';
import { useApp } from '../support/test-app';

/** The bench's #14 ledger figures and #16 targets table, from the texts and rows the bench reads them from. */
describe('release ledger figures (bench)', () => {
  it("reads the ledger histogram's sum and count per view from prom-client's text, and the cost over a phase", async () => {
    const registry = new Registry();
    const histogram = new Histogram({ name: LEDGER_METRIC, help: 'ledger', labelNames: ['view'], registers: [registry] });
    expect(parseLedgerMetric(await registry.metrics())).toEqual(new Map());

    histogram.observe({ view: 'position' }, 0.002);
    histogram.observe({ view: 'sector' }, 0.01);
    const before = parseLedgerMetric(await registry.metrics());
    expect(before?.get('position')).toEqual({ seconds: 0.002, count: 1 });

    histogram.observe({ view: 'position' }, 0.004);
    histogram.observe({ view: 'position' }, 0.006);
    const after = parseLedgerMetric(await registry.metrics());
    const cost = ledgerCostBetween(before, after);
    // Only the position view had checks in between: two, of 5 ms on average.
    expect(cost).toHaveLength(1);
    expect(cost![0].view).toBe('position');
    expect(cost![0].checks).toBe(2);
    expect(cost![0].msPerCheck).toBeCloseTo(5, 6);
  });

  it('says "not measured" (null) when the API keeps no ledger histogram', async () => {
    const registry = new Registry();
    new Histogram({
      name: 'touchstone_graphql_request_duration_seconds',
      help: 'other',
      labelNames: ['operation'],
      registers: [registry],
    }).observe({ operation: 'councilPosition' }, 0.1);
    const reading = parseLedgerMetric(await registry.metrics());
    expect(reading).toBeNull();
    expect(ledgerCostBetween(reading, reading)).toBeNull();
  });

  describe('the ledger size, from a migrated database', () => {
    const suite = useApp();

    it('counts rows, subjects and the most sets released for one subject', async () => {
      const [framework, first, second, dimension] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const release = (subject: string, sets: number[]) =>
        suite.t.dataSource.query(
          `INSERT INTO benchmark_release (framework_id, scope, subject_id, dimension_id, submissions_hash, size, submissions, view, group_key, rounds)
           VALUES ($1, 'section', $2, $3, md5($4::int[]::text)::uuid, cardinality($4::int[]), $4, 'position', 'all', '{2025-26}')`,
          [framework, subject, dimension, sets],
        );
      const empty = await ledgerSize(suite.t.dataSource);
      expect(empty.tables.map((table) => table.table)).toEqual(['benchmark_release', 'release_cell', 'release_submission']);
      await release(first, [1, 2, 3, 4, 5]);
      await release(first, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      await release(second, [1, 2, 3, 4, 5]);

      const size = await ledgerSize(suite.t.dataSource);
      expect(size.tables[0].rows).toBe(empty.tables[0].rows + 3);
      expect(size.subjects).toBe(empty.subjects + 2);
      expect(size.maxSetsPerSubject).toBe(Math.max(2, empty.maxSetsPerSubject));
      expect(size.tables.every((table) => table.bytes > 0)).toBe(true);
      expect(size.totalBytes).toBe(size.tables.reduce((sum, table) => sum + table.bytes, 0));
    });
  });
});

describe('#16 targets table (bench)', () => {
  const row = (key: string, concurrency: number, p95: number, throughput: number, ceilingThroughput: number) => ({
    key,
    concurrency,
    api: { p95, throughput },
    ceiling: { p95: p95 / 3, throughput: ceilingThroughput },
  });

  it('judges each target at each number of clients against its limit or the ceiling, and marks what did not run', () => {
    const targets = targetRows(
      [row('position-lead', 1, 49.9, 120, 110), row('position-lead', 8, 50, 75, 149), row('submission', 8, 280, 9, 30)],
      [1, 8],
    );
    const find = (scenario: string, target: string, concurrency: number) =>
      targets.find((t) => t.scenario === scenario && t.target.startsWith(target) && t.concurrency === concurrency);

    expect(find('position-lead', 'p95', 1)).toMatchObject({ measured: 49.9, met: true });
    expect(find('position-lead', 'p95', 8)).toMatchObject({ measured: 50, ceiling: 50 / 3, met: false });
    expect(find('position-lead', 'throughput', 1)).toMatchObject({ measured: 120, ceiling: 110, met: true });
    expect(find('position-lead', 'throughput', 8)).toMatchObject({ measured: 75, ceiling: 149, met: false });
    expect(find('submission', 'p95 < 300', 8)).toMatchObject({ measured: 280, met: true });
    expect(find('sector', 'p95 < 100', 8)).toMatchObject({ measured: null, ceiling: null, met: null });
    // Five latency targets and six reads' throughput, each at two numbers of clients; no throughput target for submissions.
    expect(targets).toHaveLength(22);
    // The rotating read is judged both from recorded releases and as a first read.
    for (const scenario of ['position-rotating', 'position-first-read'])
      expect(targets.filter((t) => t.scenario === scenario).map((t) => `${t.unit}@${t.concurrency}`)).toEqual([
        'p95 ms@1',
        'p95 ms@8',
        'per s@1',
        'per s@8',
      ]);
    expect(targets.some((t) => t.scenario === 'submission' && t.unit === 'per s')).toBe(false);
  });
});
