import seedrandom from 'seedrandom';

import { districtLeads, submitAs } from '../support/council-leads';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * Finding 5 of issue 14, played through the API: the number of contributing councils is shown only
 * as a band ("5–9"), but whole-number percentages of the real count gave it away: a distribution of
 * 14%, 29%, 57% can only be sevenths. Here seven councils submit in two rounds, and a council lead
 * reads every section's distribution for six cuts (each round alone and in windows of two and three
 * rounds, all the same seven councils). The adversary knows the publication rule but not the
 * installation's secret; it must not learn that there are seven.
 */

const FRAMEWORK = 'dm-challenge-toolkit';
const ROUNDS = ['2034-35', '2035-36'];
const CHESTERFIELD = 'E07000034';
const LEVELS = ['poor', 'fair', 'good', 'excellent'];
const BAND = [5, 9] as const;
const CONTRIBUTORS = 7;

const POSITION = `query ($round: String!, $window: Int!) {
  councilPosition(councilGssCode: "${CHESTERFIELD}", frameworkKey: "${FRAMEWORK}", round: $round, peerGroupKeys: ["all"], windowRounds: $window) {
    subjects { key comparisons { contributorsBand distribution } }
  }
}`;

/** Every way of putting `total` councils on `levels` levels, none with all or all but one on one level (those are withheld). */
function* countVectors(total: number, levels: number, left = total): Generator<number[]> {
  if (levels === 1) {
    yield [left];
    return;
  }
  for (let n = 0; n <= left; n++) for (const rest of countVectors(total, levels - 1, left - n)) yield [n, ...rest];
}
const spreadOut = (counts: number[], total: number) => Math.max(...counts) < total - 1;
const wholePercent = (n: number, total: number) => Math.floor((200 * n + total) / (2 * total));
/** Largest-remainder apportionment of `seats` by `counts`, ties to the lower level: the rule README publishes. */
function apportion(counts: number[], seats: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const result = counts.map((n) => Math.floor((n * seats) / total));
  const order = counts.map((n, level) => ({ level, r: (n * seats) % total })).sort((a, b) => b.r - a.r || a.level - b.level);
  for (const { level } of order.slice(0, seats - result.reduce((a, b) => a + b, 0))) result[level]++;
  return result;
}
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const range = (low: number, high: number) => Array.from({ length: high - low + 1 }, (_, i) => low + i);

/** The audit's attack: the counts in the band for which every distribution is exactly whole percentages of some counts. */
function naiveCounts(distributions: number[][]): number[] {
  return range(...BAND).filter((total) =>
    distributions.every((shares) =>
      [...countVectors(total, shares.length)].some((counts) =>
        same(
          counts.map((n) => wholePercent(n, total)),
          shares,
        ),
      ),
    ),
  );
}

/**
 * An adversary who knows the rule (counts apportioned to one pseudo-total in the band for the whole
 * cut, then whole percentages of it) but not the secret: the counts that could have given them all.
 */
function ruleAwareCounts(distributions: number[][]): number[] {
  return range(...BAND).filter((total) =>
    range(...BAND).some((seats) =>
      distributions.every((shares) =>
        [...countVectors(total, shares.length)].some(
          (counts) =>
            spreadOut(counts, total) &&
            same(
              apportion(counts, seats).map((n) => wholePercent(n, seats)),
              shares,
            ),
        ),
      ),
    ),
  );
}

describe('finding 5: counts inside a band', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  const cuts: { round: string; window: number; distributions: number[][] }[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { DISCLOSURE_MIN_COUNCILS: '5' } });
    const peers = await districtLeads(t, 'North West', CONTRIBUTORS);
    const items: { key: string }[] = await t.dataSource.query(
      `SELECT i.key FROM framework_item i JOIN framework f ON f.id = i.framework_id WHERE f.key = $1 ORDER BY i.position`,
      [FRAMEWORK],
    );
    const random = seedrandom('counts-inside-band');
    for (const round of ROUNDS)
      for (const [gss, lead] of peers)
        await submitAs(lead, gss, FRAMEWORK, round, {
          agreed: Object.fromEntries(items.map((item) => [item.key, LEVELS[Math.floor(random() * LEVELS.length)]])),
        });
    lead = await t.as('chesterfieldLead');
    for (const round of ROUNDS)
      for (const window of [1, 2, 3]) {
        const response = await lead(POSITION, { round, window });
        expect(response.errors).toBeUndefined();
        const comparisons = response.data!.councilPosition.subjects.map(
          (s: { comparisons: { contributorsBand: string; distribution: number[] | null }[] }) => s.comparisons[0],
        );
        expect(comparisons.every((c: { contributorsBand: string }) => c.contributorsBand === '5–9')).toBe(true);
        const distributions = comparisons
          .map((c: { distribution: number[] | null }) => c.distribution)
          .filter((d: number[] | null) => d !== null);
        cuts.push({ round, window, distributions });
      }
  }, 120_000);
  afterAll(() => t.close());

  it('should serve distributions for every cut, so the attack has something to work on', () => {
    expect(cuts).toHaveLength(6);
    for (const cut of cuts) expect(cut.distributions.length).toBeGreaterThan(5);
  });

  it("should not let the distributions' percentages spell out the count in every cut", () => {
    // Shares of the real count would give exactly [7] every time. Apportioned to a pseudo-total drawn per cut, the attack
    // finds that pseudo-total instead, which is seven only by chance, and never says which cut that was.
    const recovered = cuts.filter((cut) => same(naiveCounts(cut.distributions), [CONTRIBUTORS]));
    expect(recovered.length).toBeLessThan(cuts.length);
  });

  it('should leave an adversary who knows the rule with more than one possible count in every cut', () => {
    for (const cut of cuts) {
      const possible = ruleAwareCounts(cut.distributions);
      expect(possible).toContain(CONTRIBUTORS);
      expect(possible.length).toBeGreaterThanOrEqual(2);
    }
  });
});
