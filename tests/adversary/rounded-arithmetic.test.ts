import { nearestLevel } from '../../api/src/common/exact-score';
import { districtLeads, type Submission, submitAs } from '../support/council-leads';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * Finding 7 of issue 14, played through the API as the councils' own leads: with level scores
 * stored as 33.33/66.67 and section scores to three decimals, equal true scores compared unequal
 * (a council exactly on the median was put below it), exact 0.5 and 1.0 MAD boundaries fell on the
 * wrong side, a halfway score was put on the lower level where another halfway score went up, and a
 * distribution with all but one council on one level was served. Every figure here is worked out by
 * hand from the levels the councils submitted.
 */

const FRAMEWORK = 'dm-challenge-toolkit';
const ROUND = '2031-32';
const CHESTERFIELD = 'E07000034';
const LEVELS = ['poor', 'fair', 'good', 'excellent'];

const POSITION = `query ($scope: BenchmarkScope!, $section: String) {
  councilPosition(councilGssCode: "${CHESTERFIELD}", frameworkKey: "${FRAMEWORK}", round: "${ROUND}", peerGroupKeys: ["all"], scope: $scope, sectionKey: $section) {
    subjects { key councilScore comparisons { suppressed median distribution distributionSuppressionReason position { band phrase } } }
  }
}`;
type Subject = {
  key: string;
  councilScore: number | null;
  comparisons: {
    suppressed: boolean;
    median: number | null;
    distribution: number[] | null;
    distributionSuppressionReason: string | null;
    position: { band: string; phrase: string } | null;
  }[];
};

/** Agreed levels (0–3) for a run of items. */
const agreed = (items: string[], levels: number[]) => Object.fromEntries(items.map((item, i) => [item, LEVELS[levels[i]]]));
/** Two participants on one item, halfway between two levels (no agreed level, so the item scores their median). */
const halfway = (item: string, lower: number) => [
  { role: 'OFFICER', levels: { [item]: LEVELS[lower] } },
  { role: 'MANAGER', levels: { [item]: LEVELS[lower + 1] } },
];

describe('finding 7: rounded arithmetic', () => {
  let t: TestApp;
  let viewer: GraphQLClient;
  let subjects: (scope: 'ITEM' | 'SECTION') => Promise<Map<string, Subject>>;

  // Section "performance-management": pm-1 for the 1.0 MAD boundary, pm-2 for the 0.5 MAD boundary,
  // pm-3 for the all-but-one distribution. Section "financial-management" (6 items) for the tie at the median.
  const fm = ['fm-1', 'fm-2', 'fm-3', 'fm-4', 'fm-5', 'fm-6'];
  const pm1 = [1, 2, 2, 2, 3, 3, 3];
  const pm2 = [0, 0, 0, 1, 1, 1, 2];
  // Six true scores of 1/3, 11/18 and 1 of the way up: the median peer's 11/18 was stored as 61.112.
  const fmLevels = [
    [1, 1, 1, 1, 1, 1],
    [1, 1, 1, 1, 1, 1],
    [1, 1, 1, 1, 1, 1],
    [3, 2, 2, 2, 1, 1],
    [3, 3, 3, 3, 3, 3],
    [3, 3, 3, 3, 3, 3],
    [3, 3, 3, 3, 3, 3],
  ];

  beforeAll(async () => {
    t = await startTestApp({ env: { DISCLOSURE_MIN_COUNCILS: '5' } });
    const peers = await districtLeads(t, 'South East', 7);
    for (const [i, [gss, lead]] of peers.entries()) {
      // pm-3: five on fair, one on good, and one exactly halfway between poor and fair (which is fair, by the tie rule).
      const submission: Submission =
        i === 6
          ? { agreed: { ...agreed(['pm-1', 'pm-2'], [pm1[i], pm2[i]]), ...agreed(fm, fmLevels[i]) }, participants: halfway('pm-3', 0) }
          : { agreed: { ...agreed(['pm-1', 'pm-2', 'pm-3'], [pm1[i], pm2[i], i === 5 ? 2 : 1]), ...agreed(fm, fmLevels[i]) } };
      await submitAs(lead, gss, FRAMEWORK, ROUND, submission);
    }
    viewer = await t.as('chesterfieldLead');
    // The viewer: fair on pm-1 (exactly 1 MAD below), halfway fair/good on pm-2 (exactly 0.5 MAD above), and 11/18 on
    // financial management as [3, 3, 2, 1, 1, 1], which was stored as 61.110.
    await submitAs(viewer, CHESTERFIELD, FRAMEWORK, ROUND, {
      agreed: { 'pm-1': 'fair', 'pm-3': 'good', ...agreed(fm, [3, 3, 2, 1, 1, 1]) },
      participants: halfway('pm-2', 1),
    });
    subjects = async (scope) => {
      const response = await viewer<{ councilPosition: { subjects: Subject[] } }>(POSITION, {
        scope,
        section: scope === 'ITEM' ? 'performance-management' : null,
      });
      expect(response.errors).toBeUndefined();
      return new Map(response.data!.councilPosition.subjects.map((s) => [s.key, s]));
    };
  });
  afterAll(() => t.close());

  it('should put a council whose score equals the peer median in the upper-middle band, however its items add up', async () => {
    const section = (await subjects('SECTION')).get('financial-management')!;
    expect(section.councilScore).toBeCloseTo((100 * 11) / 18, 9);
    expect(section.comparisons[0].position).toEqual({ band: 'UPPER_MIDDLE', phrase: 'broadly similar to' });
  });

  it('should put a score exactly 1 MAD from the median in "slightly", and exactly 0.5 MAD in "broadly similar"', async () => {
    const items = await subjects('ITEM');
    // pm-1: peers' median is good, their MAD one level; the viewer is one level below.
    expect(items.get('pm-1')!.comparisons[0].position?.phrase).toBe('slightly below');
    // pm-2: peers' median is fair, their MAD one level; the viewer is half a level above.
    expect(items.get('pm-2')!.comparisons[0].position?.phrase).toBe('broadly similar to');
  });

  it('should withhold a distribution with all but one council on one level, a halfway score counted on the higher level', async () => {
    const pm3 = (await subjects('ITEM')).get('pm-3')!.comparisons[0];
    expect(pm3.suppressed).toBe(false);
    expect(pm3.distribution).toBeNull();
    expect(pm3.distributionSuppressionReason).toMatch(/same level/);
  });

  it('should place every halfway score on the higher level, in the database and in the API alike', async () => {
    for (const levels of [3, 4, 5]) {
      const denominator = 2 * (levels - 1);
      for (let numerator = 0; numerator <= denominator; numerator++) {
        const [{ level }] = await t.dataSource.query(`SELECT touchstone_nearest_level($1, $2, $3) AS level`, [
          numerator,
          denominator,
          levels,
        ]);
        // numerator half-steps: an odd count is halfway between levels (numerator − 1) / 2 and (numerator + 1) / 2.
        const expected = Math.ceil(numerator / 2);
        expect([levels, numerator, level]).toEqual([levels, numerator, expected]);
        expect(nearestLevel(numerator, denominator, levels)).toBe(expected);
      }
    }
  });
});
