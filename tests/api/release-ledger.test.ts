import { randomUUID } from 'node:crypto';

import fc from 'fast-check';
import type { DataSource } from 'typeorm';

import { createDataSource } from '../../api/src/data-source';
import { type ReleaseCandidate, ReleaseLedger } from '../../api/src/modules/benchmark/release-ledger';
import { apiRoleUrl, startTestApp, type TestApp } from '../support/test-app';

/**
 * The release ledger in the database, as the API's restricted role uses it: atomic when two
 * processes (two connection pools) release sets of one subject at the same moment, and the
 * invariant of release-ledger.ts held by what the table ends up holding.
 */
const THRESHOLD = 5;

describe('release ledger in the database', () => {
  let t: TestApp;
  let otherProcess: DataSource;
  let frameworkId: string;
  let ledgers: [ReleaseLedger, ReleaseLedger];

  beforeAll(async () => {
    t = await startTestApp();
    otherProcess = createDataSource(apiRoleUrl(t), { poolSize: 5 });
    await otherProcess.initialize();
    [{ id: frameworkId }] = await t.dataSource.query(`SELECT id FROM framework ORDER BY key LIMIT 1`);
    const policy = { minOtherCouncils: THRESHOLD };
    ledgers = [new ReleaseLedger(t.apiDataSource, policy), new ReleaseLedger(otherProcess, policy)];
  });
  afterAll(async () => {
    await otherProcess.destroy();
    await t.close();
  });

  const candidate = (subjectId: string, submissions: number[]): ReleaseCandidate => ({
    cell: `g:${subjectId}:${submissions.length}`,
    subjectId,
    dimensionId: subjectId,
    groupKey: 'g',
    rounds: ['2030-31'],
    submissions,
    released: false,
    refused: false,
  });
  const release = (ledger: ReleaseLedger, c: ReleaseCandidate) =>
    ledger.withhold(frameworkId, 'section', 'position', [c], new Set()).then((withheld) => !withheld.has(c.cell));
  const recorded = async (subjectId: string): Promise<number[][]> =>
    (
      await t.dataSource.query(`SELECT submissions FROM benchmark_release WHERE subject_id = $1 AND NOT refused ORDER BY id`, [subjectId])
    ).map((r: { submissions: number[] }) => r.submissions);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('should let only one of two processes release sets that differ by one at the same moment', async () => {
    const outcomes = await Promise.all(
      range(1, 20).map(async () => {
        const subject = randomUUID();
        const served = await Promise.all([
          release(ledgers[0], candidate(subject, range(1, 10))),
          release(ledgers[1], candidate(subject, range(1, 11))),
        ]);
        return { served, rows: await recorded(subject) };
      }),
    );
    for (const { served, rows } of outcomes) {
      expect(served.filter(Boolean)).toHaveLength(1);
      expect(rows).toHaveLength(1);
    }
    // The refused set is remembered: asked again, it is withheld at once.
    const subject = randomUUID();
    await release(ledgers[0], candidate(subject, range(1, 10)));
    expect(await release(ledgers[1], candidate(subject, range(1, 11)))).toBe(false);
    const [{ refused }] = await t.dataSource.query(
      `SELECT count(*)::int AS refused FROM benchmark_release WHERE subject_id = $1 AND refused`,
      [subject],
    );
    expect(refused).toBe(1);
  });

  it('should re-serve an identical set from both processes and record it once', async () => {
    const subject = randomUUID();
    const served = await Promise.all([
      release(ledgers[0], candidate(subject, range(1, 10))),
      release(ledgers[1], candidate(subject, range(1, 10))),
    ]);
    expect(served).toEqual([true, true]);
    expect(await recorded(subject)).toEqual([range(1, 10)]);
  });

  it('should hold the invariant in the table over random releases, some at once from two processes', async () => {
    const set = fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { minLength: 5, maxLength: 20 }).map((xs) => xs.sort((a, b) => a - b));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(set, fc.option(set, { nil: null })), { minLength: 1, maxLength: 12 }), async (steps) => {
        const subject = randomUUID();
        for (const [first, second] of steps)
          await Promise.all([
            release(ledgers[0], candidate(subject, first)),
            ...(second ? [release(ledgers[1], candidate(subject, second))] : []),
          ]);
        const rows = await recorded(subject);
        expect(rows.length).toBeGreaterThan(0);
        for (const [i, a] of rows.entries())
          for (const b of rows.slice(i + 1)) {
            const difference = a.filter((x) => !b.includes(x)).length + b.filter((x) => !a.includes(x)).length;
            expect(difference >= THRESHOLD).toBe(true);
          }
      }),
      { numRuns: 25 },
    );
  });

  it('should not let the API role change or remove a release', async () => {
    const subject = randomUUID();
    await release(ledgers[0], candidate(subject, range(1, 10)));
    await expect(
      t.apiDataSource.query(`UPDATE benchmark_release SET submissions = '{1}' WHERE subject_id = $1`, [subject]),
    ).rejects.toThrow(/permission denied/);
    await expect(t.apiDataSource.query(`DELETE FROM benchmark_release WHERE subject_id = $1`, [subject])).rejects.toThrow(
      /permission denied/,
    );
    await expect(t.apiDataSource.query(`SELECT * FROM release_submission`)).rejects.toThrow(/permission denied/);
  });
});
