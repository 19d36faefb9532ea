import fc from 'fast-check';

import {
  bandCount,
  discloseAggregate,
  discloseDistribution,
  discloseMatrix,
  DISCLOSURE_FLOOR,
  groupsTooCloseToServe,
  SUPPRESSED_SYMBOL,
} from './disclosure';

// Exact statistics in numerator units over a denominator of 100, so each unit is one point on the 0–100 scale.
const aggregate = (otherCouncils: number) => ({ otherCouncils, median: 50, lowerQuartile: 40, upperQuartile: 60, denominator: 100 });

describe('discloseAggregate', () => {
  it.each([
    [4, true],
    [5, false],
    [6, false],
  ])('should suppress=%s when %i other councils contribute and the threshold is 5', (others, suppressed) => {
    const result = discloseAggregate(aggregate(others as number), { minOtherCouncils: 5 });
    expect(result.suppressed).toBe(suppressed);
  });

  it('should mark a suppressed cell with c and say why, without the figures', () => {
    const result = discloseAggregate(aggregate(2), { minOtherCouncils: 5 });
    expect(result).toEqual({
      suppressed: true,
      contributorsBand: SUPPRESSED_SYMBOL,
      reason: expect.stringMatching(/Fewer than 5 other councils/),
    });
  });

  it('should never use a threshold below 3, whatever it is given', () => {
    expect(discloseAggregate(aggregate(2), { minOtherCouncils: 1 }).suppressed).toBe(true);
    expect(discloseAggregate(aggregate(3), { minOtherCouncils: 1 }).suppressed).toBe(false);
  });

  it('should band counts rather than give them exactly', () => {
    expect(bandCount(5, 5)).toBe('5–9');
    expect(bandCount(9, 5)).toBe('5–9');
    expect(bandCount(10, 5)).toBe('10–19');
    expect(bandCount(250, 5)).toBe('200+');
    expect(bandCount(4, 5)).toBe(SUPPRESSED_SYMBOL);
  });
});

describe('discloseDistribution', () => {
  const policy = { minOtherCouncils: 5 };
  const cell = { key: 'framework|2026-27|section|all|progress', secret: 'a test secret' };
  it('should give whole-number percentages close to the real shares, the same every time for the same cell', () => {
    const first = discloseDistribution([20, 30, 40, 10], policy, cell);
    expect(first.suppressed).toBe(false);
    if (first.suppressed) return;
    // 100 councils, band 100–199: apportioned to a pseudo-total of at least 100, so no share moves by more than a point.
    first.shares.forEach((share, i) => expect(Math.abs(share - [20, 30, 40, 10][i])).toBeLessThanOrEqual(1));
    expect(discloseDistribution([20, 30, 40, 10], policy, cell)).toEqual(first);
  });
  it('should withhold it when all or all but one council share a level', () => {
    expect(discloseDistribution([0, 6, 0, 0], policy, cell).suppressed).toBe(true);
    expect(discloseDistribution([1, 5, 0, 0], policy, cell).suppressed).toBe(true);
  });
  it('should withhold it below the threshold', () => {
    expect(discloseDistribution([1, 1, 1, 1], policy, cell).suppressed).toBe(true);
  });
});

describe('discloseMatrix', () => {
  const policy = { minOtherCouncils: 5 };
  const items = new Map([
    ['0:0', 30],
    ['1:2', 15],
    ['2:2', 5],
  ]);
  it('should give each cell its share of the rated items when the councils spread them', () => {
    const result = discloseMatrix({ otherCouncils: 6, councilsOnOneLevel: 4, items }, policy);
    expect(result).toEqual({
      suppressed: false,
      contributorsBand: '5–9',
      shares: new Map([
        ['0:0', 60],
        ['1:2', 30],
        ['2:2', 10],
      ]),
    });
  });
  it('should withhold the shares when all or all but one council has every item on one level', () => {
    for (const councilsOnOneLevel of [5, 6])
      expect(discloseMatrix({ otherCouncils: 6, councilsOnOneLevel, items }, policy)).toEqual({
        suppressed: true,
        contributorsBand: '5–9',
        reason: expect.stringMatching(/same level/),
      });
  });
  it('should withhold the shares, and the band, below the threshold', () => {
    expect(discloseMatrix({ otherCouncils: 4, councilsOnOneLevel: 0, items }, policy)).toMatchObject({
      suppressed: true,
      contributorsBand: SUPPRESSED_SYMBOL,
    });
  });
});

describe('discloseAggregate for small groups', () => {
  const policy = { minOtherCouncils: 5 };
  it('should round the median and quartiles to 10 points below 10 other councils, exactly halfway going up', () => {
    const figures = (otherCouncils: number) =>
      discloseAggregate({ otherCouncils, median: 65, lowerQuartile: 61.125, upperQuartile: 74.875, denominator: 100 }, policy);
    expect(figures(9)).toMatchObject({ suppressed: false, median: 70, lowerQuartile: 60, upperQuartile: 70 });
    expect(figures(10)).toMatchObject({ suppressed: false, median: 65, lowerQuartile: 61.125, upperQuartile: 74.875 });
  });
  it('should round from the exact figure, so a third of the way up (33.3…) is never taken for 35', () => {
    // 1/3 of the scale as 2 of 6 units; 35 exactly would be 2.1 units.
    expect(discloseAggregate({ otherCouncils: 5, median: 2, lowerQuartile: 2, upperQuartile: 2, denominator: 6 }, policy)).toMatchObject({
      median: 30,
    });
    expect(discloseAggregate({ otherCouncils: 5, median: 0.25, lowerQuartile: 0, upperQuartile: 1, denominator: 2 }, policy)).toMatchObject(
      {
        median: 10,
        lowerQuartile: 0,
        upperQuartile: 50,
      },
    );
  });
});

describe('DISCLOSURE_FLOOR', () => {
  it('should hold even where the configured threshold is lower', () => {
    expect(discloseAggregate(aggregate(DISCLOSURE_FLOOR - 1), { minOtherCouncils: 1 }).suppressed).toBe(true);
    expect(discloseAggregate(aggregate(DISCLOSURE_FLOOR), { minOtherCouncils: 1 }).suppressed).toBe(false);
  });
});

describe('groupsTooCloseToServe', () => {
  const set = (...ids: string[]) => new Set(ids);
  const policy = { minOtherCouncils: 5 };
  it('should withhold a group differing from a served one by one to four councils', () => {
    const all = set('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    const allButOne = set('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i');
    const half = set('a', 'b', 'c', 'd', 'e');
    const withheld = groupsTooCloseToServe(
      [
        { key: 'all', contributors: all },
        { key: 'nearly', contributors: allButOne },
        { key: 'half', contributors: half },
      ],
      policy,
    );
    expect([...withheld.keys()]).toEqual(['nearly']);
  });
  it('should serve identical groups, which reveal nothing by difference', () => {
    const same = set('a', 'b', 'c', 'd', 'e', 'f');
    expect(
      groupsTooCloseToServe(
        [
          { key: 'x', contributors: same },
          { key: 'y', contributors: new Set(same) },
        ],
        policy,
      ).size,
    ).toBe(0);
  });
  it('should judge the council left out as if it were in none of the groups', () => {
    const ids = 'abcdefghijkl'.split('');
    const groups = fc.array(fc.uniqueArray(fc.constantFrom(...ids), { maxLength: ids.length }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(groups, fc.constantFrom(...ids), fc.integer({ min: 3, max: 6 }), (members, viewer, minOtherCouncils) => {
        const withViewer = members.map((m, i) => ({ key: `g${i}`, contributors: new Set(m) }));
        const withoutViewer = members.map((m, i) => ({ key: `g${i}`, contributors: new Set(m.filter((id) => id !== viewer)) }));
        expect(groupsTooCloseToServe(withViewer, { minOtherCouncils }, viewer)).toEqual(
          groupsTooCloseToServe(withoutViewer, { minOtherCouncils }),
        );
      }),
      { numRuns: 500 },
    );
  });
});
