import { interquartileRange as iqrOf, median as medianOf } from 'simple-statistics';

import { scoreAssessment, type ScoringStructure } from './assessment-scoring';

// Four-level scale: 0, 33.3…, 66.6…, 100.
const LEVELS = new Map(['l0', 'l1', 'l2', 'l3'].map((id, position) => [id, { position, of: 4 }]));
const structure: ScoringStructure = {
  sections: [
    { id: 's1', itemIds: ['i1', 'i2', 'i3'] },
    { id: 's2', itemIds: ['i4'] },
  ],
  themes: [{ id: 't1', itemIds: ['i1', 'i4'] }],
  dimensionIds: ['d'],
  levels: LEVELS,
  levelCounts: new Map([
    ['d', 4],
    ['e', 4],
  ]),
};
const response = (participantId: string, itemId: string, levelId: string) => ({ participantId, itemId, dimensionId: 'd', levelId });
const find = (scores: ReturnType<typeof scoreAssessment>, subjectId: string) => scores.find((s) => s.subjectId === subjectId)!;

/** Three participants on i1 (levels 0, 1, 3) and two on i2 (levels 2, 3). */
const THREE_AND_TWO_RESPONSES = [
  response('p1', 'i1', 'l0'),
  response('p2', 'i1', 'l1'),
  response('p3', 'i1', 'l3'),
  response('p1', 'i2', 'l2'),
  response('p2', 'i2', 'l3'),
];

describe('scoreAssessment', () => {
  it("should use the agreed rating when there is one, else the participants' median", () => {
    const responses = THREE_AND_TWO_RESPONSES;
    const scores = scoreAssessment(structure, [{ itemId: 'i2', dimensionId: 'd', levelId: 'l0' }], responses);
    const expectedI1 = medianOf([0, 100 / 3, 100]);
    expect(find(scores, 'i1').score).toBeCloseTo(expectedI1);
    expect(find(scores, 'i2').score).toBe(0);
    expect(find(scores, 'i3').score).toBeNull();
    // Section: mean of answered items, coverage 2 of 3.
    expect(find(scores, 's1')).toMatchObject({ answered: 2, total: 3 });
    expect(find(scores, 's1').score).toBeCloseTo((expectedI1 + 0) / 2);
  });

  it("should measure spread as the mean interquartile range of participants' scores", () => {
    const responses = THREE_AND_TWO_RESPONSES;
    const scores = scoreAssessment(structure, [], responses);
    // simple-statistics' IQR uses a different quantile rule, so compare with an explicit type-7 computation.
    const type7 = (values: number[]) => {
      const q = (p: number) => {
        const sorted = [...values].sort((a, b) => a - b);
        const h = (sorted.length - 1) * p;
        return sorted[Math.floor(h)] + (sorted[Math.ceil(h)] - sorted[Math.floor(h)]) * (h - Math.floor(h));
      };
      return q(0.75) - q(0.25);
    };
    const i1 = type7([0, 100 / 3, 100]);
    const i2 = type7([200 / 3, 100]);
    expect(find(scores, 'i1').spread).toBeCloseTo(i1);
    expect(find(scores, 's1').spread).toBeCloseTo((i1 + i2) / 2);
    expect(iqrOf([1, 2])).toBeGreaterThanOrEqual(0); // the independent library is wired in
  });

  it('should give no spread for an item only one participant answered', () => {
    const scores = scoreAssessment(structure, [], [response('p1', 'i4', 'l2')]);
    expect(find(scores, 'i4')).toMatchObject({ spread: null, answered: 1 });
    expect(find(scores, 's2').score).toBeCloseTo(200 / 3);
  });

  it('should leave a skipped section unscored with zero coverage', () => {
    const scores = scoreAssessment(structure, [], [response('p1', 'i1', 'l3')]);
    expect(find(scores, 's2')).toMatchObject({ score: null, answered: 0, total: 1, spread: null });
  });

  it('should roll items up into every theme they sit under', () => {
    const scores = scoreAssessment(
      structure,
      [
        { itemId: 'i1', dimensionId: 'd', levelId: 'l3' },
        { itemId: 'i4', dimensionId: 'd', levelId: 'l1' },
      ],
      [],
    );
    expect(find(scores, 't1').score).toBeCloseTo((100 + 100 / 3) / 2);
    expect(find(scores, 't1')).toMatchObject({ scope: 'theme', answered: 2, total: 2 });
  });

  it('should score each dimension separately', () => {
    const twoDimensions = { ...structure, dimensionIds: ['d', 'e'] };
    const scores = scoreAssessment(twoDimensions, [{ itemId: 'i1', dimensionId: 'e', levelId: 'l3' }], [response('p1', 'i1', 'l0')]);
    expect(scores.find((s) => s.subjectId === 'i1' && s.dimensionId === 'd')!.score).toBe(0);
    expect(scores.find((s) => s.subjectId === 'i1' && s.dimensionId === 'e')!.score).toBe(100);
  });

  it('should refuse a level that is not part of the framework', () => {
    expect(() => scoreAssessment(structure, [{ itemId: 'i1', dimensionId: 'd', levelId: 'other' }], [])).toThrow(
      /not part of this framework/,
    );
  });
});

describe('scoreAssessment exactly', () => {
  const six = {
    sections: [{ id: 's', itemIds: ['a', 'b', 'c', 'd', 'e', 'f'] }],
    themes: [],
    dimensionIds: ['d'],
    levels: LEVELS,
    levelCounts: new Map([['d', 4]]),
  };
  const agreedLevels = (levels: number[]) =>
    scoreAssessment(
      six,
      levels.map((level, i) => ({ itemId: 'abcdef'[i], dimensionId: 'd', levelId: `l${level}` })),
      [],
    ).find((s) => s.subjectId === 's')!;

  it('should give equal scores equal numerators however the items add up (once 61.110, 61.112 and 61.113)', () => {
    const scores = [
      [3, 3, 2, 1, 1, 1],
      [3, 2, 2, 2, 1, 1],
      [2, 2, 2, 2, 2, 1],
    ].map(agreedLevels);
    expect(new Set(scores.map((s) => s.numerator))).toEqual(new Set([220]));
    expect(scores.every((s) => s.denominator === 360)).toBe(true);
    expect(scores[0].score).toBeCloseTo((100 * 11) / 18, 9);
  });

  it("should score a participants' median halfway between two levels as exactly half a step", () => {
    const scores = scoreAssessment(structure, [], [response('p1', 'i4', 'l0'), response('p2', 'i4', 'l1')]);
    expect(find(scores, 'i4')).toMatchObject({ numerator: 1, denominator: 6 });
    expect(find(scores, 's2')).toMatchObject({ numerator: 1, denominator: 6 });
  });
});
