import { districtLeads, submitAs } from '../support/council-leads';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * Finding 6 of issue 14, played through the API: with exactly five other councils, the published
 * lower quartile, median and upper quartile were the second, third and fourth of the five councils'
 * actual section scores. A council lead reading its position, or a PAS analyst reading the sector
 * view, must never be handed a figure equal to a member's own score from a small group.
 */

const FRAMEWORK = 'dm-challenge-toolkit';
const ROUND = '2032-33';
const CHESTERFIELD = 'E07000034';
const LEVELS = ['poor', 'fair', 'good', 'excellent'];
const SECTIONS = { 'performance-management': ['pm-1', 'pm-2', 'pm-3', 'pm-4', 'pm-5', 'pm-6', 'pm-7'] } as const;

const POSITION = `query {
  councilPosition(councilGssCode: "${CHESTERFIELD}", frameworkKey: "${FRAMEWORK}", round: "${ROUND}", peerGroupKeys: ["all"]) {
    subjects { key comparisons { suppressed contributorsBand median lowerQuartile upperQuartile } }
  }
}`;
const SECTOR = `query {
  sectorView(frameworkKey: "${FRAMEWORK}", round: "${ROUND}") { cells { sectionKey peerGroupKey suppressed median lowerQuartile upperQuartile } }
}`;

type Figures = { suppressed: boolean; median: number | null; lowerQuartile: number | null; upperQuartile: number | null };

describe('finding 6: small groups publish real values', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let analyst: GraphQLClient;
  /** Each council's performance-management score on 0–100, worked out from the levels it submitted. */
  const scores: number[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { DISCLOSURE_MIN_COUNCILS: '5' } });
    const peers = await districtLeads(t, 'South West', 5);
    // Five different section totals (sum of levels over 7 items: 5, 8, 11, 13, 17), none a multiple of 10 on 0–100.
    const itemLevels = [
      [0, 0, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1, 1, 2],
      [1, 1, 1, 2, 2, 2, 2],
      [1, 2, 2, 2, 2, 2, 2],
      [2, 2, 2, 2, 3, 3, 3],
    ];
    for (const [i, [gss, lead]] of peers.entries()) {
      const items = SECTIONS['performance-management'];
      await submitAs(lead, gss, FRAMEWORK, ROUND, {
        agreed: Object.fromEntries(items.map((item, j) => [item, LEVELS[itemLevels[i][j]]])),
      });
      scores.push((100 * itemLevels[i].reduce((a, b) => a + b, 0)) / 21);
    }
    lead = await t.as('chesterfieldLead');
    analyst = await t.as('analyst');
  });
  afterAll(() => t.close());

  const expectNoMemberValue = (figures: Figures) => {
    expect(figures.suppressed).toBe(false);
    for (const value of [figures.lowerQuartile, figures.median, figures.upperQuartile]) {
      expect(value).not.toBeNull();
      // Not a member's score, even to within the rounding of 33.33 and 66.67 that scores were once stored with.
      for (const score of scores) expect([value, Math.abs(value! - score) > 0.01]).toEqual([value, true]);
      // Published to the nearest 10 points, as README "How figures are published" says.
      expect(value! % 10).toBe(0);
    }
  };

  it("should not give a council lead any of five other councils' own scores as a quartile or median", async () => {
    const response = await lead(POSITION);
    expect(response.errors).toBeUndefined();
    const section = response.data!.councilPosition.subjects.find((s: { key: string }) => s.key === 'performance-management');
    expect(section.comparisons[0].contributorsBand).toBe('5–9');
    expectNoMemberValue(section.comparisons[0]);
  });

  it("should not give a PAS analyst any of the councils' own scores from a small group in the sector view", async () => {
    const response = await analyst(SECTOR);
    expect(response.errors).toBeUndefined();
    const cell = response.data!.sectorView.cells.find(
      (c: { sectionKey: string; peerGroupKey: string }) => c.sectionKey === 'performance-management' && c.peerGroupKey === 'all',
    );
    expectNoMemberValue(cell);
  });
});
