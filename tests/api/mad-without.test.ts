import fc from 'fast-check';

import { useTestDataSource } from '../support/database';

/**
 * touchstone_mad_without, the peers' MAD where the viewer's score is taken out of a group's sorted
 * scores (migrations/1796165907093-measureSpreadWithoutViewerBySearch.ts), against the sort it
 * replaced: percentile_cont(0.5) of every other score's distance from their median, computed in the
 * same statement, compared as exact doubles. Scores are drawn from few values, so most sets have
 * ties, and from one to forty, so both odd and even counts and the smallest groups come up.
 */
describe('touchstone_mad_without', () => {
  const suite = useTestDataSource(2);

  beforeAll(async () => {
    await suite.dataSource.runMigrations({ transaction: 'each' });
  });

  /** Both answers for each case: the search's and percentile_cont's, about the median touchstone_group_stats passes it. */
  async function bothAnswers(cases: { scores: number[]; skip: number }[]) {
    const rows: { searched: number | null; sorted: number | null }[] = await suite.dataSource.query(
      `SELECT touchstone_mad_without(c.scores, c.skip, m.centre) AS searched,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(x - m.centre))
                 FROM unnest(c.scores) WITH ORDINALITY u(x, i) WHERE i <> c.skip) AS sorted
         FROM jsonb_to_recordset($1) AS j(scores double precision[], skip int, n int)
         CROSS JOIN LATERAL (SELECT j.scores, j.skip) c
         CROSS JOIN LATERAL (SELECT touchstone_quantile_without(c.scores, c.skip, 0.5) AS centre) m
        ORDER BY j.n`,
      [JSON.stringify(cases.map((c, n) => ({ ...c, n })))],
    );
    return rows;
  }

  it('should give exactly the sorted answer when one score of any sorted set is left out', async () => {
    // A stored score is 100 × numerator / denominator of a framework's ratings, so it is 0 or far
    // from the subnormal doubles, where PostgreSQL's float multiply raises "underflow" instead of
    // rounding to 0 as percentile_cont's C interpolation does. Scores are drawn as stored ones are,
    // and as any double of the same band, to try the search's rounding.
    const storedScore = fc
      .record({ denominator: fc.integer({ min: 1, max: 400 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
      .map(({ denominator, share }) => (100 * Math.round(share * denominator)) / denominator);
    const anyScoreOfTheBand = fc.double({ min: -50, max: 150, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-9);
    const sortedScores = fc
      .array(fc.oneof(fc.integer({ min: 0, max: 12 }), storedScore, anyScoreOfTheBand), { minLength: 2, maxLength: 40 })
      .map((xs) => xs.sort((a, b) => a - b));
    const aCase = sortedScores.chain((scores) =>
      fc.record({ scores: fc.constant(scores), skip: fc.integer({ min: 1, max: scores.length }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(aCase, { minLength: 1, maxLength: 30 }), async (cases) => {
        for (const row of await bothAnswers(cases)) expect(row.searched).toBe(row.sorted);
      }),
      { numRuns: 60 },
    );
  });

  it('should answer the cases at the edges: one other score, all equal, the viewer at either end', async () => {
    const cases = [
      { scores: [3, 7], skip: 1 },
      { scores: [3, 7], skip: 2 },
      { scores: [5, 5, 5, 5, 5], skip: 3 },
      { scores: [0, 0, 10, 10, 20], skip: 5 },
      { scores: [0, 0, 10, 10, 20], skip: 1 },
      { scores: [1, 2, 4, 8, 16, 32, 64], skip: 4 },
    ];
    const rows = await bothAnswers(cases);
    expect(rows.map((r) => r.searched)).toEqual(rows.map((r) => r.sorted));
    // Worked by hand: [0, 0, 10, 10] about 5 is 5 from every score; [0, 10, 10, 20] about 10 is {10, 0, 0, 10}, median 5; [1, 2, 4, 16, 32, 64] about 10 is {9, 8, 6, 6, 22, 54}, median 8.5.
    expect(rows.map((r) => r.searched)).toEqual([0, 0, 0, 5, 5, 8.5]);
  });

  it('should say nothing when no other score is left', async () => {
    const [row]: { mad: number | null }[] = await suite.dataSource.query(`SELECT touchstone_mad_without('{42}', 1, NULL) AS mad`);
    expect(row.mad).toBeNull();
  });
});
