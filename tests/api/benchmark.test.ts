import { createHmac } from 'node:crypto';

import { median as d3Median, quantile } from 'd3-array';
import seedrandom from 'seedrandom';

import { DISCLOSURE_FLOOR } from '../../api/src/modules/benchmark/index';
import type { PeerFigures } from '../support/operations';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * The benchmark engine against figures computed independently (d3-array over the raw scores the
 * test itself wrote), and the disclosure rules at their boundaries. Scores are written below the API
 * (as the owner) so every case starts from data with known answers: exact scores, a numerator over
 * the section's denominator (2 × (levels − 1) × lcm(1..items)), each given here on the 0–100 scale
 * and snapped to the nearest score a council can have.
 */

const FRAMEWORK = 'improvement-breakthroughs';
const CHESTERFIELD = 'E07000034';

const POSITION = `query ($gss: String!, $round: String!, $groups: [String!], $window: Int!) {
  councilPosition(councilGssCode: $gss, frameworkKey: "${FRAMEWORK}", round: $round, peerGroupKeys: $groups, windowRounds: $window) {
    councilHasSubmitted
    subjects { key dimension { key } councilScore
      comparisons { peerGroup { key } suppressed suppressionReason contributorsBand median lowerQuartile upperQuartile distribution position { band phrase madsFromMedian } } }
  }
}`;

type Comparison = PeerFigures & { peerGroup: { key: string }; position: { band: string; phrase: string } | null };
const MATRIX = `query ($gss: String!, $round: String!) {
  dimensionMatrix(councilGssCode: $gss, frameworkKey: "${FRAMEWORK}", round: $round) {
    peersSuppressed peersSuppressionReason peersBand cells { rowLevel { position } columnLevel { position } peerShare }
  }
}`;

type MatrixResult = {
  peersSuppressed: boolean;
  peersSuppressionReason: string | null;
  peersBand: string;
  cells: { rowLevel: { position: number }; columnLevel: { position: number }; peerShare: number | null }[];
};
/** An item's level on progress and on plan coverage. */
type LevelPair = [number, number];

type Subject = { key: string; dimension: { key: string }; councilScore: number | null; comparisons: Comparison[] };

describe('benchmark engine', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let frameworkId: string;
  let sections: { id: string; key: string; items: number }[];
  let progressId: string;
  let planId: string;
  let items: { id: string }[];
  let councils: { id: string; gss_code: string }[];
  const councilId = (gss: string) => councils.find((c) => c.gss_code === gss)!.id;
  let roundCounter = 2060;
  const freshRound = () => `${roundCounter}-${String((roundCounter++ + 1) % 100).padStart(2, '0')}`;

  /** Three levels on progress; a section of n items scores in steps of 1 / (4 × lcm(1..n)) of the scale. */
  const denominatorOf = (section: { items: number }) => 4 * (section.items === 3 ? 6 : section.items === 2 ? 2 : 1);
  /** The exact score nearest a 0–100 figure, as a numerator. */
  const numeratorOf = (score: number, section: { items: number }) => Math.round((score * denominatorOf(section)) / 100);
  /** The 0–100 figure of the exact score nearest a 0–100 figure: what the engine sees of a seeded score. */
  const snap = (score: number, section = sections[0]) => (100 * numeratorOf(score, section)) / denominatorOf(section);
  /** Writes one submitted assessment per entry with the given section scores on the progress dimension (null = not assessed). */
  async function seed(round: string, entries: { gss: string; scores: (number | null)[] }[]): Promise<void> {
    for (const entry of entries) {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO assessment (council_id, framework_id, round, status, submitted_at) VALUES ($1, $2, $3, 'submitted', now()) RETURNING id`,
        [councilId(entry.gss), frameworkId, round],
      );
      for (const [i, section] of sections.entries()) {
        const score = entry.scores[i % entry.scores.length];
        await t.dataSource.query(
          `INSERT INTO assessment_score (assessment_id, subject_id, dimension_id, scope, score_numerator, score_denominator, answered, total)
           VALUES ($1, $2, $3, 'section', $4, $5, $6, $7)`,
          [
            id,
            section.id,
            progressId,
            score === null ? null : numeratorOf(score, section),
            denominatorOf(section),
            score === null ? 0 : section.items,
            section.items,
          ],
        );
      }
    }
  }
  /** Writes one submitted assessment per entry with item scores on progress and plan coverage: item i has levels[i] (cycled). */
  async function seedItems(round: string, entries: { gss: string; levels: LevelPair[] }[]): Promise<void> {
    for (const entry of entries) {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO assessment (council_id, framework_id, round, status, submitted_at) VALUES ($1, $2, $3, 'submitted', now()) RETURNING id`,
        [councilId(entry.gss), frameworkId, round],
      );
      for (const [i, item] of items.entries()) {
        const [progress, plan] = entry.levels[i % entry.levels.length];
        // Three levels on each scale: an item scores in half-steps over 4, so level k is 2k / 4.
        await t.dataSource.query(
          `INSERT INTO assessment_score (assessment_id, subject_id, dimension_id, scope, score_numerator, score_denominator, answered, total)
           VALUES ($1, $2, $3, 'item', $4, 4, 1, 1), ($1, $2, $5, 'item', $6, 4, 1, 1)`,
          [id, item.id, progressId, progress * 2, planId, plan * 2],
        );
      }
    }
  }
  const matrix = async (round: string): Promise<MatrixResult> => {
    const response = await lead(MATRIX, { gss: CHESTERFIELD, round });
    expect(response.errors).toBeUndefined();
    return response.data!.dimensionMatrix;
  };
  const others = (excluding: string) => councils.filter((c) => c.gss_code !== excluding && c.gss_code !== CHESTERFIELD);
  /** GSS codes of Chesterfield's peers, from the `start`th up to the `end`th. */
  const peerCodes = (start: number, end: number) =>
    others(CHESTERFIELD)
      .slice(start, end)
      .map((c) => c.gss_code);
  const position = async (round: string, groups: string[], window = 1, client?: GraphQLClient) => {
    const response = await (client ?? lead)(POSITION, { gss: CHESTERFIELD, round, groups, window });
    expect(response.errors).toBeUndefined();
    return response.data!.councilPosition as { councilHasSubmitted: boolean; subjects: Subject[] };
  };
  const progressOf = (subjects: Subject[]) => subjects.filter((s) => s.dimension.key === 'progress');
  const setCircumstance = async (round: string, kind: string, gssCodes: string[]) => {
    for (const gss of gssCodes)
      await t.dataSource.query(`INSERT INTO council_circumstance (council_id, kind, source, round) VALUES ($1, $2, 'pas_assigned', $3)`, [
        councilId(gss),
        kind,
        round,
      ]);
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { DISCLOSURE_MIN_COUNCILS: '5' } });
    lead = await t.as('chesterfieldLead');
    [{ id: frameworkId }] = await t.dataSource.query(`SELECT id FROM framework WHERE key = $1`, [FRAMEWORK]);
    sections = await t.dataSource.query(
      `SELECT s.id, s.key, (SELECT count(*)::int FROM framework_item i WHERE i.section_id = s.id) AS items
         FROM framework_section s WHERE s.framework_id = $1 ORDER BY s.position`,
      [frameworkId],
    );
    [{ id: progressId }] = await t.dataSource.query(`SELECT id FROM rating_dimension WHERE framework_id = $1 AND key = 'progress'`, [
      frameworkId,
    ]);
    [{ id: planId }] = await t.dataSource.query(`SELECT id FROM rating_dimension WHERE framework_id = $1 AND key = 'plan-coverage'`, [
      frameworkId,
    ]);
    items = await t.dataSource.query(`SELECT id FROM framework_item WHERE framework_id = $1 ORDER BY id`, [frameworkId]);
    // Peers from one region (Chesterfield is elsewhere), so no other fixed group is accidentally a near-copy of a test's group.
    councils = await t.dataSource.query(
      `SELECT id, gss_code FROM council WHERE (type = 'district' AND region = 'South East') OR gss_code = $1 ORDER BY gss_code`,
      [CHESTERFIELD],
    );
  });
  afterAll(() => t.close());

  it('should give the median, quartiles, MAD phrase and distribution that an independent computation from raw levels gives', async () => {
    const round = freshRound();
    const random = seedrandom('benchmark-statistics');
    // Raw: each peer's level (0–2) on every item of every section; a section's exact score is the mean of its items' levels.
    const levelsOf = () => sections.map((section) => Array.from({ length: section.items }, () => Math.floor(random() * 3)));
    const peers = others(CHESTERFIELD)
      .slice(0, 40)
      .map((c) => ({ gss: c.gss_code, levels: levelsOf() }));
    const mine = levelsOf();
    // The mean of n levels on a 0–2 scale as a fraction of the way up: sum / (2n); over the denominator 4 × lcm(1..n).
    const numerator = (levels: number[], section: { items: number }) =>
      (levels.reduce((a, b) => a + b, 0) * denominatorOf(section)) / (2 * levels.length);
    await seed(round, [
      ...peers.map((p) => ({
        gss: p.gss,
        scores: sections.map((section, i) => (100 * numerator(p.levels[i], section)) / denominatorOf(section)),
      })),
      { gss: CHESTERFIELD, scores: sections.map((section, i) => (100 * numerator(mine[i], section)) / denominatorOf(section)) },
    ]);
    const [{ secret }] = await t.dataSource.query(`SELECT secret FROM disclosure_key`);

    const subjects = progressOf((await position(round, ['all'])).subjects);
    expect(subjects).toHaveLength(sections.length);
    for (const [i, subject] of subjects.entries()) {
      const section = sections[i];
      const d = denominatorOf(section);
      // Whole numerators: d3's quantiles of them are exact, and every comparison below is between exact numbers.
      const values = peers.map((p) => numerator(p.levels[i], section));
      const [q1, med, q3] = [0.25, 0.5, 0.75].map((p) => quantile(values, p)!);
      const comparison = subject.comparisons[0];
      expect(comparison.suppressed).toBe(false);
      expect(comparison.contributorsBand).toBe('20–49');
      expect(comparison.median).toBeCloseTo((100 * med) / d, 9);
      expect(comparison.lowerQuartile).toBeCloseTo((100 * q1) / d, 9);
      expect(comparison.upperQuartile).toBeCloseTo((100 * q3) / d, 9);
      // Distribution: each score on its nearest level (halfway goes up), then spread over the cell's pseudo-total
      // (HMAC of the cell and count, keyed by the installation's secret) by largest remainder, as whole percentages.
      const counts = [0, 1, 2].map((level) => values.filter((v) => Math.floor((4 * v + d) / (2 * d)) === level).length);
      const cell = `${frameworkId}|${round}|section|all|${progressId}|${values.length}`;
      const seats = 20 + (createHmac('sha256', secret).update(cell).digest().readUInt32BE(0) % 30);
      const spread = counts.map((n) => Math.floor((n * seats) / values.length));
      // Remainders as whole numbers (n × seats mod count): equal remainders are then equal, and ties go to the lower level.
      const order = counts.map((n, level) => ({ level, r: (n * seats) % values.length })).sort((a, b) => b.r - a.r || a.level - b.level);
      for (const { level } of order.slice(0, seats - spread.reduce((a, b) => a + b, 0))) spread[level]++;
      expect(comparison.distribution).toEqual(spread.map((n) => Math.floor((200 * n + seats) / (2 * seats))));
      // Position: the MAD phrase and quartile band, worked out here from the definition, in exact numerators.
      const own = numerator(mine[i], section);
      const mad = d3Median(values.map((v) => Math.abs(v - med)))!;
      const gap = Math.abs(own - med);
      const direction = own > med ? 'above' : 'below';
      const phrase =
        mad === 0
          ? gap === 0
            ? 'broadly similar to'
            : `well ${direction}`
          : gap * 2 <= mad
            ? 'broadly similar to'
            : gap <= mad
              ? `slightly ${direction}`
              : gap <= 2 * mad
                ? direction
                : `well ${direction}`;
      expect(subject.councilScore).toBeCloseTo((100 * own) / d, 9);
      expect(comparison.position?.phrase).toBe(phrase);
      const band = own < q1 ? 'LOWEST_QUARTER' : own < med ? 'LOWER_MIDDLE' : own <= q3 ? 'UPPER_MIDDLE' : 'HIGHEST_QUARTER';
      expect(comparison.position?.band).toBe(band);
    }
  });

  it('should handle ties, all-equal scores, a skipped section and a council alone', async () => {
    const round = freshRound();
    const peers = others(CHESTERFIELD).slice(0, 8);
    // All peers score 50 everywhere except the second section, which none of them assessed.
    await seed(round, [
      ...peers.map((c) => ({ gss: c.gss_code, scores: sections.map((_, i) => (i === 1 ? null : 50)) })),
      { gss: CHESTERFIELD, scores: sections.map((_, i) => (i === 0 ? 50 : i === 2 ? null : 100)) },
    ]);
    const subjects = progressOf((await position(round, ['all'])).subjects);

    const [equal, skippedByPeers, skippedByMe, above] = subjects;
    expect(equal.comparisons[0]).toMatchObject({
      suppressed: false,
      median: 50,
      lowerQuartile: 50,
      upperQuartile: 50,
      position: { phrase: 'broadly similar to' },
    });
    // All on one level: the distribution would reveal every answer, so it is withheld.
    expect(equal.comparisons[0].distribution).toBeNull();
    expect(skippedByPeers.comparisons[0]).toMatchObject({ suppressed: true, contributorsBand: 'c', median: null });
    expect(skippedByMe.councilScore).toBeNull();
    expect(skippedByMe.comparisons[0].position).toBeNull();
    expect(above.comparisons[0].position?.phrase).toBe('well above');

    // A round where only the viewer submitted: nothing about others at all.
    const alone = freshRound();
    await seed(alone, [{ gss: CHESTERFIELD, scores: [40] }]);
    const lonely = progressOf((await position(alone, ['all'])).subjects);
    expect(
      lonely.every(
        (s, i) => s.comparisons[0].suppressed && s.comparisons[0].contributorsBand === 'c' && s.councilScore === snap(40, sections[i]),
      ),
    ).toBe(true);
  });

  it.each([
    [4, true],
    [5, false],
    [6, false],
  ])('should suppress=%s a group with %i other councils, the viewer outside it', async (size, suppressed) => {
    const round = freshRound();
    const group = peerCodes(0, size);
    await setCircumstance(round, 'needs_support', group);
    await seed(round, [
      ...others(CHESTERFIELD)
        .slice(0, 20)
        .map((c) => ({ gss: c.gss_code, scores: [30, 60] })),
      { gss: CHESTERFIELD, scores: [50] },
    ]);
    const comparison = progressOf((await position(round, ['circumstance:needs-support'])).subjects)[0].comparisons[0];
    expect(comparison.suppressed).toBe(suppressed);
    expect(comparison.median === null).toBe(suppressed);
    if (suppressed) expect(comparison.suppressionReason).toMatch(/Fewer than 5 other councils/);
  });

  it('should count only the other councils when the viewer is inside the group', async () => {
    const round = freshRound();
    const five = peerCodes(0, 5);
    await setCircumstance(round, 'needs_support', [CHESTERFIELD, ...five.slice(0, 4)]);
    await setCircumstance(round, 'cruising', [CHESTERFIELD, ...five]);
    await seed(round, [...five.map((gss) => ({ gss, scores: [20, 80] })), { gss: CHESTERFIELD, scores: [50] }]);
    const [needs, cruising] = progressOf((await position(round, ['circumstance:needs-support', 'circumstance:cruising'])).subjects)[0]
      .comparisons;
    expect(needs.suppressed).toBe(true); // 5 members, 4 others
    expect(cruising.suppressed).toBe(false); // 6 members, 5 others
  });

  it("should not let a council learn another's score by differencing two groups", async () => {
    const round = freshRound();
    const base = peerCodes(0, 10);
    const target = others(CHESTERFIELD)[10].gss_code;
    const rest = peerCodes(11, 40);
    await setCircumstance(round, 'cruising', base);
    await setCircumstance(round, 'cash_strapped', [...base, target]);
    await seed(round, [
      ...base.map((gss, i) => ({ gss, scores: [30 + i] })),
      { gss: target, scores: [97] },
      ...rest.map((gss) => ({ gss, scores: [60] })),
      { gss: CHESTERFIELD, scores: [50] },
    ]);

    const both = progressOf((await position(round, ['circumstance:cruising', 'circumstance:cash-strapped'])).subjects)[0].comparisons;
    // Exactly one of the near-copies is served (the one earlier in the fixed order), never both.
    const served = both.filter((c) => !c.suppressed);
    const withheld = both.filter((c) => c.suppressed);
    expect(served.map((c) => c.peerGroup.key)).toEqual(['circumstance:cash-strapped']);
    expect(withheld[0]).toMatchObject({ median: null, contributorsBand: 'c' });
    expect(withheld[0].suppressionReason).toMatch(/differ from "Cash-strapped" by fewer than 5/);
    // Asking for the withheld group alone changes nothing.
    const alone = progressOf((await position(round, ['circumstance:cruising'])).subjects)[0].comparisons[0];
    expect(alone.suppressed).toBe(true);
  });

  it("should not let a council's extreme submission move the figures it sees", async () => {
    const round = freshRound();
    await seed(
      round,
      others(CHESTERFIELD)
        .slice(0, 12)
        .map((c, i) => ({ gss: c.gss_code, scores: [20 + 5 * i] })),
    );
    await seed(round, [{ gss: CHESTERFIELD, scores: [0] }]);
    const low = progressOf((await position(round, ['all'])).subjects)[0].comparisons[0];
    await t.dataSource.query(`UPDATE assessment SET status = 'superseded' WHERE council_id = $1 AND round = $2`, [
      councilId(CHESTERFIELD),
      round,
    ]);
    await seed(round, [{ gss: CHESTERFIELD, scores: [100] }]);
    const high = progressOf((await position(round, ['all'])).subjects)[0].comparisons[0];
    expect({ ...high, position: null }).toEqual({ ...low, position: null });
    expect(low.position?.phrase).toBe('well below');
    expect(high.position?.phrase).toBe('well above');
  });

  it('should not serve a window that adds one late council to a round', async () => {
    const earlier = freshRound();
    const round = freshRound();
    const regulars = peerCodes(0, 15);
    const late = others(CHESTERFIELD)[15].gss_code;
    await seed(earlier, [{ gss: late, scores: [99] }]);
    await seed(round, [...regulars.map((gss, i) => ({ gss, scores: [40 + i] })), { gss: CHESTERFIELD, scores: [50] }]);
    const single = progressOf((await position(round, ['all'], 1)).subjects)[0].comparisons[0];
    const window = progressOf((await position(round, ['all'], 2)).subjects)[0].comparisons[0];
    expect(single.suppressed).toBe(false);
    expect(window).toMatchObject({ suppressed: true, median: null });
    expect(window.suppressionReason).toMatch(/All councils/);
  });

  it('should use the latest submission per council in a window, never mixing in older ones', async () => {
    const earlier = freshRound();
    const round = freshRound();
    const peers = peerCodes(0, 10);
    await seed(
      earlier,
      peers.map((gss) => ({ gss, scores: [10] })),
    );
    await seed(
      round,
      peers.map((gss) => ({ gss, scores: [90] })),
    );
    await seed(round, [{ gss: CHESTERFIELD, scores: [50] }]);
    const window = progressOf((await position(round, ['all'], 2)).subjects)[0].comparisons[0];
    expect(window).toMatchObject({ suppressed: false, median: snap(90) });
  });

  it('should answer from stored distributions that follow every new submission and change of membership', async () => {
    const round = freshRound();
    const peers = peerCodes(0, 15);
    const firstScores = peers.slice(0, 10).map((_, i) => 10 * i);
    await seed(
      round,
      peers.slice(0, 10).map((gss, i) => ({ gss, scores: [firstScores[i]] })),
    );
    await seed(round, [{ gss: CHESTERFIELD, scores: [50] }]);
    const first = progressOf((await position(round, ['all'])).subjects)[0].comparisons[0];
    expect(first.median).toBeCloseTo(
      quantile(
        firstScores.map((v) => snap(v)),
        0.5,
      )!,
      6,
    );

    // Five more councils submit (fewer would be withheld by the release ledger): the next read reflects them.
    await seed(
      round,
      peers.slice(10).map((gss) => ({ gss, scores: [100] })),
    );
    const second = progressOf((await position(round, ['all'])).subjects)[0].comparisons[0];
    expect(second.median).toBeCloseTo(quantile([...firstScores.map((v) => snap(v)), 100, 100, 100, 100, 100], 0.5)!, 6);
    expect(second.contributorsBand).toBe('10–19');

    // A circumstance group gains five members in this round: its figures follow the new membership.
    await setCircumstance(round, 'cruising', peers.slice(10));
    const cruising = async () => progressOf((await position(round, ['circumstance:cruising'])).subjects)[0].comparisons[0];
    // Fewer than 10 others: the median is published to the nearest 10 points (halfway up), from the exact figure.
    const toTen = (score: number) => Math.floor(score / 10 + 0.5) * 10;
    expect(await cruising()).toMatchObject({ suppressed: false, median: toTen(snap(100)) });
    await setCircumstance(round, 'cruising', peers.slice(0, 5));
    expect(await cruising()).toMatchObject({
      suppressed: false,
      median: quantile([...[0, 10, 20, 30, 40].map((v) => snap(v)), 100, 100, 100, 100, 100], 0.5),
    });
  });

  it('should show PAS the sector view with the change since the previous round', async () => {
    const analyst = await t.as('admin');
    const earlier = freshRound();
    const round = freshRound();
    const peers = others('none')
      .slice(0, 30)
      .map((c) => c.gss_code);
    await seed(
      earlier,
      peers.map((gss, i) => ({ gss, scores: [20 + i] })),
    );
    await seed(
      round,
      peers.map((gss, i) => ({ gss, scores: [30 + i] })),
    );
    const response = await analyst(
      `{ sectorView(frameworkKey: "${FRAMEWORK}", round: "${round}") { previousRound cells { sectionKey peerGroupKey suppressed median changeFromPrevious } } }`,
    );
    expect(response.errors).toBeUndefined();
    const cell = response.data!.sectorView.cells.find(
      (c: { sectionKey: string; peerGroupKey: string }) => c.sectionKey === sections[0].key && c.peerGroupKey === 'all',
    );
    const medianOf = (from: number) =>
      quantile(
        peers.map((_, i) => snap(from + i)),
        0.5,
      )!;
    expect(cell).toMatchObject({ suppressed: false, median: medianOf(30) });
    expect(cell.changeFromPrevious).toBeCloseTo(medianOf(30) - medianOf(20), 6);
    expect(response.data!.sectorView.previousRound).toBe(earlier);
    // Groups with no councils in them are withheld, never shown as zero.
    const london = response.data!.sectorView.cells.find((c: { peerGroupKey: string }) => c.peerGroupKey === 'type:london_borough');
    expect(london).toMatchObject({ suppressed: true, median: null });
  });

  /** Six peers for a matrix: `onOneLevel` of them with every item on the lowest levels, the rest spreading their items. */
  const matrixPeers = (onOneLevel: number) => {
    const spreads: LevelPair[][] = [
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
      [
        [2, 0],
        [1, 2],
      ],
    ];
    return others('none')
      .slice(0, 6)
      .map((c, i) => ({ gss: c.gss_code, levels: i < onOneLevel ? ([[0, 0]] as LevelPair[]) : spreads[i % 2] }));
  };

  it("should withhold the matrix's peer shares where all but one council has every item on one level", async () => {
    const round = freshRound();
    await seedItems(round, matrixPeers(5));
    const result = await matrix(round);
    // Six councils contribute, above the threshold of 5, so only the group-disclosure rule withholds the shares.
    expect(result).toMatchObject({ peersSuppressed: true, peersBand: '5–9' });
    expect(result.peersSuppressionReason).toMatch(/same level/);
    expect(result.cells).toHaveLength(9);
    expect(result.cells.every((cell) => cell.peerShare === null)).toBe(true);
  });

  it("should serve the matrix's peer shares, as an independent count gives them, where two or more councils spread their items", async () => {
    const round = freshRound();
    const entries = matrixPeers(4);
    await seedItems(round, entries);
    const counts = new Map<string, number>();
    for (const entry of entries)
      for (let i = 0; i < items.length; i++) {
        const key = entry.levels[i % entry.levels.length].join(':');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    const total = entries.length * items.length;

    const result = await matrix(round);
    expect(result).toMatchObject({ peersSuppressed: false, peersSuppressionReason: null, peersBand: '5–9' });
    for (const cell of result.cells) {
      const key = `${cell.rowLevel.position}:${cell.columnLevel.position}`;
      expect([key, cell.peerShare]).toEqual([key, Math.round((100 * (counts.get(key) ?? 0)) / total)]);
    }
    expect(result.cells.find((c) => c.rowLevel.position === 0 && c.columnLevel.position === 0)!.peerShare).toBeGreaterThan(50);
  });

  it("should hold the database's functions to the API's disclosure floor", async () => {
    const [{ floor }] = await t.dataSource.query(`SELECT touchstone_disclosure_floor() AS floor`);
    expect(floor).toBe(DISCLOSURE_FLOOR);
    // The functions that return figures about other councils name the floor rather than repeat its value.
    const sources: { proname: string; prosrc: string }[] = await t.dataSource.query(
      `SELECT proname, prosrc FROM pg_proc WHERE proname IN ('touchstone_group_stats', 'touchstone_level_pairs') ORDER BY proname`,
    );
    expect(sources.map((f) => f.proname)).toEqual(['touchstone_group_stats', 'touchstone_level_pairs']);
    for (const f of sources) {
      expect(f.prosrc).toContain('>= touchstone_disclosure_floor()');
      expect(f.prosrc).not.toMatch(/>=\s*3\b/);
    }
    // Asked directly, below the API, a reviewed function returns nothing about fewer councils than the floor.
    const levelPairs = (round: string) =>
      t.dataSource.query(`SELECT * FROM touchstone_level_pairs($1, $2, $3, $4, 3, 3, NULL)`, [frameworkId, [round], progressId, planId]);
    const round = freshRound();
    const peers = others('none').slice(0, DISCLOSURE_FLOOR);
    const spread: LevelPair[] = [
      [0, 1],
      [2, 2],
    ];
    await seedItems(
      round,
      peers.slice(0, DISCLOSURE_FLOOR - 1).map((c) => ({ gss: c.gss_code, levels: spread })),
    );
    expect(await levelPairs(round)).toEqual([]);
    await seedItems(round, [{ gss: peers[DISCLOSURE_FLOOR - 1].gss_code, levels: spread }]);
    expect((await levelPairs(round))[0]).toMatchObject({ councils: DISCLOSURE_FLOOR, councils_on_one_level: 0 });
  });
});
