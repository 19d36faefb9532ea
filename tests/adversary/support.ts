import { scoreDenominator } from '../../api/src/common/exact-score';
import { type PeerFigures } from '../support/operations';
import { type AccountName, type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * What the adversarial suites share: councils' submissions written below the API (as the owner),
 * so each finding starts from known levels, and the reads an attacker makes through the API. The
 * attacks themselves use only the roles' ordinary GraphQL calls.
 */

export const FRAMEWORK = 'improvement-breakthroughs';
export const CHESTERFIELD = 'E07000034';
/** The threshold the suites run with (DISCLOSURE_MIN_COUNCILS). */
export const THRESHOLD = 5;

/** One peer group's figures for one cell, as the API serves them. */
export type Figures = Omit<PeerFigures, 'contributorsBand'>;

const FIGURES = 'suppressed suppressionReason median lowerQuartile upperQuartile distribution';

export type World = {
  t: TestApp;
  frameworkId: string;
  progressId: string;
  sections: { id: string; key: string; items: number }[];
  /** South East districts: peers from one region (Chesterfield is elsewhere) so no other fixed group is a near-copy by accident. */
  peers: { id: string; gss_code: string }[];
  councilId(gss: string): string;
  freshRound(): string;
};

/** Starts a test app with the suites' threshold before the suite and closes it after; `suite.world` is set once it has started. */
export function useWorld(): { world: World } {
  const suite = {} as { world: World };
  beforeAll(async () => {
    suite.world = await worldOf(await startTestApp({ env: { DISCLOSURE_MIN_COUNCILS: String(THRESHOLD) } }));
  });
  afterAll(() => suite.world.t.close());
  return suite;
}

/** What each attack starts from: the suite's world, the attacker signed in as `account`, and a round no other attack has used. */
export async function attackAs(suite: { world: World }, account: AccountName) {
  const { world } = suite;
  return { world, t: world.t, attacker: await world.t.as(account), round: world.freshRound() };
}

/** Reads the framework and the peers once the suite's app has started. */
export async function worldOf(t: TestApp): Promise<World> {
  const [{ id: frameworkId }] = await t.dataSource.query(`SELECT id FROM framework WHERE key = $1`, [FRAMEWORK]);
  const sections = await t.dataSource.query(
    `SELECT s.id, s.key, (SELECT count(*)::int FROM framework_item i WHERE i.section_id = s.id) AS items
       FROM framework_section s WHERE s.framework_id = $1 ORDER BY s.position`,
    [frameworkId],
  );
  const [{ id: progressId }] = await t.dataSource.query(`SELECT id FROM rating_dimension WHERE framework_id = $1 AND key = 'progress'`, [
    frameworkId,
  ]);
  const councils: { id: string; gss_code: string }[] = await t.dataSource.query(
    `SELECT id, gss_code FROM council WHERE (type = 'district' AND region = 'South East') OR gss_code = $1 ORDER BY gss_code`,
    [CHESTERFIELD],
  );
  let year = 2070;
  return {
    t,
    frameworkId,
    progressId,
    sections,
    peers: councils.filter((c) => c.gss_code !== CHESTERFIELD),
    councilId: (gss) => {
      const council = councils.find((c) => c.gss_code === gss);
      if (!council) throw new Error(`${gss} is not one of the suites' councils`);
      return council.id;
    },
    freshRound: () => `${year}-${String((year++ + 1) % 100).padStart(2, '0')}`,
  };
}

/** A council's level (0, 1 or 2 on the three-level progress scale) per section; null leaves the section unanswered. */
export type Levels = (0 | 1 | 2 | null)[];

/** Writes one submitted assessment per entry, each section scored at its level (0, 50 or 100). */
export async function submit(world: World, round: string, entries: { id: string; levels: Levels }[]): Promise<void> {
  for (const entry of entries) {
    const [{ id }] = await world.t.dataSource.query(
      `INSERT INTO assessment (council_id, framework_id, round, status, submitted_at) VALUES ($1, $2, $3, 'submitted', now()) RETURNING id`,
      [entry.id, world.frameworkId, round],
    );
    for (const [i, section] of world.sections.entries()) {
      const level = entry.levels[i % entry.levels.length];
      // Scores are exact: a numerator over the section's denominator (every item at the level, on three levels).
      const denominator = scoreDenominator(3, section.items);
      await world.t.dataSource.query(
        `INSERT INTO assessment_score (assessment_id, subject_id, dimension_id, scope, score_numerator, score_denominator, answered, total)
         VALUES ($1, $2, $3, 'section', $4, $5, $6, $7)`,
        [
          id,
          section.id,
          world.progressId,
          level === null ? null : (level * denominator) / 2,
          denominator,
          level === null ? 0 : section.items,
          section.items,
        ],
      );
    }
  }
}

/** Deterministic levels for a council, varied across sections so that distributions spread. */
export const spreadLevels = (seed: number, sections: number): Levels =>
  Array.from({ length: sections }, (_, i) => ((seed * 7 + i * 3) % 3) as 0 | 1 | 2);

/** The progress figures of one peer group for every section of a council's position. */
export async function positionFigures(
  client: GraphQLClient,
  gss: string,
  round: string,
  groups: string[],
  windowRounds = 1,
): Promise<Map<string, Figures>[]> {
  const response = await client(
    `query ($gss: String!, $round: String!, $groups: [String!], $window: Int!) {
      councilPosition(councilGssCode: $gss, frameworkKey: "${FRAMEWORK}", round: $round, peerGroupKeys: $groups, windowRounds: $window) {
        subjects { key dimension { key } comparisons { peerGroup { key } ${FIGURES} } }
      }
    }`,
    { gss, round, groups, window: windowRounds },
  );
  expect(response.errors).toBeUndefined();
  const subjects: { key: string; dimension: { key: string }; comparisons: (Figures & { peerGroup: { key: string } })[] }[] =
    response.data!.councilPosition.subjects;
  const progress = subjects.filter((s) => s.dimension.key === 'progress');
  return groups.map((group) => new Map(progress.map((s) => [s.key, s.comparisons.find((c) => c.peerGroup.key === group)!])));
}

/** The sector view's figures for one peer group, by section. */
export async function sectorFigures(client: GraphQLClient, round: string, group: string): Promise<Map<string, Figures>> {
  const response = await client(
    `query ($round: String!) { sectorView(frameworkKey: "${FRAMEWORK}", round: $round) { cells { sectionKey peerGroupKey ${FIGURES} } } }`,
    { round },
  );
  expect(response.errors).toBeUndefined();
  const cells: (Figures & { sectionKey: string; peerGroupKey: string })[] = response.data!.sectorView.cells;
  return new Map(cells.filter((c) => c.peerGroupKey === group).map((c) => [c.sectionKey, c]));
}

/**
 * The attacker's subtraction: given two figures for the same section whose contributors are known
 * to differ by one council (`withTarget` has it, `without` does not), and how many contributed
 * without it, the target's level: the level whose count went up by one. Null when either figure is
 * withheld or has no distribution, or the counts do not single out a level.
 */
export function levelBySubtraction(
  withTarget: Figures | undefined,
  without: Figures | undefined,
  contributorsWithout: number,
): number | null {
  if (!withTarget?.distribution || !without?.distribution) return null;
  const counts = (shares: number[], n: number) => shares.map((share) => Math.round((share * n) / 100));
  const before = counts(without.distribution, contributorsWithout);
  const after = counts(withTarget.distribution, contributorsWithout + 1);
  const gained = after.map((n, level) => n - before[level]);
  const level = gained.findIndex((d) => d === 1);
  return level >= 0 && gained.filter((d) => d !== 0).length === 1 ? level : null;
}

/** Whether two figures for the same cell say different things (both served, and any figure differs). */
export const bothServedAndDiffer = (a: Figures | undefined, b: Figures | undefined): boolean =>
  !!a &&
  !!b &&
  !a.suppressed &&
  !b.suppressed &&
  JSON.stringify([a.median, a.lowerQuartile, a.upperQuartile, a.distribution]) !==
    JSON.stringify([b.median, b.lowerQuartile, b.upperQuartile, b.distribution]);
