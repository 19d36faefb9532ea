import { DISCLOSURE_FLOOR } from '../../api/src/modules/benchmark/index';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * touchstone_level_pairs (the breakthrough matrix's figures about other councils) against a
 * recomputation in the test from the stored item scores, on synthetic demo data over two rounds:
 * each council's latest submitted assessment in the rounds asked for (the viewer's council left
 * out), every item rated on both dimensions placed on its nearest level of each, the count per pair
 * of levels, the councils, whether any is synthetic, and the most councils with every item on one
 * level of either dimension; and nothing at all about fewer councils than the floor.
 */
const FRAMEWORK = 'improvement-breakthroughs';
const ROUNDS = ['2024-25', '2025-26'];

type PairRow = { level_a: number; level_b: number; n: number; councils: number; any_synthetic: boolean; councils_on_one_level: number };
type ScoreRow = {
  assessment_id: string;
  council_id: string;
  round: string;
  is_synthetic: boolean;
  subject_id: string;
  dimension_id: string;
  score_numerator: string | null;
  score_denominator: string;
};
type Case = { rounds: string[]; dimA: string; dimB: string; levelsA: number; levelsB: number; viewer: string | null };

/** The nearest level in exact integers: floor(numerator × (levels − 1) / denominator + 1/2). */
const levelOf = (numerator: string, denominator: string, levels: number): number =>
  Number((2n * BigInt(numerator) * BigInt(levels - 1) + BigInt(denominator)) / (2n * BigInt(denominator)));

/** The function's answer worked out from the raw rows, sorted as `sorted` sorts the function's. */
function recompute(scores: ScoreRow[], c: Case): PairRow[] {
  const latest = new Map<string, ScoreRow>();
  for (const s of scores) {
    if (!c.rounds.includes(s.round) || s.council_id === c.viewer) continue;
    const kept = latest.get(s.council_id);
    if (!kept || s.round > kept.round) latest.set(s.council_id, s);
  }
  const latestIds = new Set([...latest.values()].map((s) => s.assessment_id));
  const byItem = new Map<string, { council: string; synthetic: boolean; a?: number; b?: number }>();
  for (const s of scores) {
    if (!latestIds.has(s.assessment_id) || s.score_numerator === null) continue;
    const key = `${s.assessment_id}:${s.subject_id}`;
    const entry = byItem.get(key) ?? { council: s.council_id, synthetic: s.is_synthetic };
    if (s.dimension_id === c.dimA) entry.a = levelOf(s.score_numerator, s.score_denominator, c.levelsA);
    if (s.dimension_id === c.dimB) entry.b = levelOf(s.score_numerator, s.score_denominator, c.levelsB);
    byItem.set(key, entry);
  }
  const pairs = [...byItem.values()].filter((p) => p.a !== undefined && p.b !== undefined) as {
    council: string;
    synthetic: boolean;
    a: number;
    b: number;
  }[];
  const councils = new Map<string, { as: Set<number>; bs: Set<number> }>();
  for (const p of pairs) {
    const levels = councils.get(p.council) ?? { as: new Set(), bs: new Set() };
    levels.as.add(p.a);
    levels.bs.add(p.b);
    councils.set(p.council, levels);
  }
  if (councils.size < DISCLOSURE_FLOOR) return [];
  const onOneLevel = new Map<string, number>();
  for (const { as, bs } of councils.values()) {
    if (as.size === 1) onOneLevel.set(`a${[...as][0]}`, (onOneLevel.get(`a${[...as][0]}`) ?? 0) + 1);
    if (bs.size === 1) onOneLevel.set(`b${[...bs][0]}`, (onOneLevel.get(`b${[...bs][0]}`) ?? 0) + 1);
  }
  const cells = new Map<string, PairRow>();
  for (const p of pairs) {
    const cell = cells.get(`${p.a}:${p.b}`) ?? {
      level_a: p.a,
      level_b: p.b,
      n: 0,
      councils: councils.size,
      any_synthetic: pairs.some((q) => q.synthetic),
      councils_on_one_level: Math.max(0, ...onOneLevel.values()),
    };
    cell.n++;
    cells.set(`${p.a}:${p.b}`, cell);
  }
  return sorted([...cells.values()]);
}

const sorted = (rows: PairRow[]) => [...rows].sort((x, y) => x.level_a - y.level_a || x.level_b - y.level_b);

describe('touchstone_level_pairs', () => {
  let t: TestApp;
  let frameworkId: string;
  let progress: { id: string; levels: number };
  let plan: { id: string; levels: number };
  let chesterfield: string;
  let scores: ScoreRow[];

  const levelPairs = (c: Case, query = t.dataSource.query.bind(t.dataSource)): Promise<PairRow[]> =>
    query(`SELECT * FROM touchstone_level_pairs($1, $2, $3, $4, $5, $6, $7)`, [
      frameworkId,
      c.rounds,
      c.dimA,
      c.dimB,
      c.levelsA,
      c.levelsB,
      c.viewer,
    ]).then(sorted);

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: [FRAMEWORK], rounds: ROUNDS.length, participants: [2, 3] } });
    const dimensions: { id: string; key: string; framework_id: string; levels: number }[] = await t.dataSource.query(
      `SELECT d.id, d.key, d.framework_id, count(l.id)::int AS levels
         FROM rating_dimension d JOIN framework f ON f.id = d.framework_id JOIN rating_level l ON l.dimension_id = d.id
        WHERE f.key = $1 GROUP BY d.id, d.key, d.framework_id`,
      [FRAMEWORK],
    );
    frameworkId = dimensions[0].framework_id;
    progress = dimensions.find((d) => d.key === 'progress')!;
    plan = dimensions.find((d) => d.key === 'plan-coverage')!;
    [{ id: chesterfield }] = await t.dataSource.query(`SELECT id FROM council WHERE gss_code = 'E07000034'`);
    scores = await t.dataSource.query(
      `SELECT s.assessment_id, a.council_id, a.round, a.is_synthetic, s.subject_id, s.dimension_id, s.score_numerator::text, s.score_denominator::text
         FROM assessment a JOIN assessment_score s ON s.assessment_id = a.id
        WHERE a.framework_id = $1 AND a.status = 'submitted' AND s.scope = 'item'`,
      [frameworkId],
    );
  }, 300_000);
  afterAll(() => t.close());

  it('should give the pairs, totals and group-disclosure count an independent recomputation gives', async () => {
    const cases: Case[] = [
      { rounds: [ROUNDS[0]], dimA: progress.id, dimB: plan.id, levelsA: progress.levels, levelsB: plan.levels, viewer: chesterfield },
      { rounds: [ROUNDS[1]], dimA: progress.id, dimB: plan.id, levelsA: progress.levels, levelsB: plan.levels, viewer: null },
      { rounds: ROUNDS, dimA: plan.id, dimB: progress.id, levelsA: plan.levels, levelsB: progress.levels, viewer: chesterfield },
      // Other scales than the dimensions' own, and one dimension against itself: the rule, not the data, decides.
      { rounds: ROUNDS, dimA: progress.id, dimB: plan.id, levelsA: 1, levelsB: 5, viewer: null },
      { rounds: [ROUNDS[1]], dimA: plan.id, dimB: plan.id, levelsA: 2, levelsB: 4, viewer: chesterfield },
    ];
    for (const c of cases) {
      const expected = recompute(scores, c);
      expect(expected.length).toBeGreaterThan(0);
      expect(await levelPairs(c)).toEqual(expected);
    }
    // Some council has every item on the one level of a one-level scale, so that count is exercised too.
    expect(recompute(scores, cases[3])[0].councils_on_one_level).toBeGreaterThan(0);
  });

  it('should return nothing about fewer councils than the floor, and everything from the floor up', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      // A round of its own for the first few councils' latest assessments, undone afterwards.
      const ids = [...new Map(scores.filter((s) => s.round === ROUNDS[1]).map((s) => [s.council_id, s.assessment_id])).values()];
      const round = '2090-91';
      const c: Case = { rounds: [round], dimA: progress.id, dimB: plan.id, levelsA: progress.levels, levelsB: plan.levels, viewer: null };
      const query = runner.query.bind(runner);
      const moved = (count: number) => scores.filter((s) => ids.slice(0, count).includes(s.assessment_id)).map((s) => ({ ...s, round }));

      await runner.query(`UPDATE assessment SET round = $1 WHERE id = ANY ($2)`, [round, ids.slice(0, DISCLOSURE_FLOOR - 1)]);
      expect(recompute(moved(DISCLOSURE_FLOOR - 1), c)).toEqual([]);
      expect(await levelPairs(c, query)).toEqual([]);

      await runner.query(`UPDATE assessment SET round = $1 WHERE id = $2`, [round, ids[DISCLOSURE_FLOOR - 1]]);
      const expected = recompute(moved(DISCLOSURE_FLOOR), c);
      expect(expected[0]?.councils).toBe(DISCLOSURE_FLOOR);
      expect(await levelPairs(c, query)).toEqual(expected);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
