import {
  bandCount,
  discloseAggregate,
  discloseDistribution,
  discloseMatrix,
  DISCLOSURE_FLOOR,
  groupsTooCloseToServe,
  SUPPRESSED_SYMBOL,
} from './disclosure';

const aggregate = (otherCouncils: number) => ({ otherCouncils, median: 50, lowerQuartile: 40, upperQuartile: 60 });

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
  it('should give percentages for a spread-out distribution', () => {
    expect(discloseDistribution([2, 3, 4, 1], policy)).toEqual({ suppressed: false, shares: [20, 30, 40, 10] });
  });
  it('should withhold it when all or all but one council share a level', () => {
    expect(discloseDistribution([0, 6, 0, 0], policy).suppressed).toBe(true);
    expect(discloseDistribution([1, 5, 0, 0], policy).suppressed).toBe(true);
    expect(discloseDistribution([2, 4, 0, 0], policy).suppressed).toBe(false);
  });
  it('should withhold it below the threshold', () => {
    expect(discloseDistribution([1, 1, 1, 1], policy).suppressed).toBe(true);
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
});
