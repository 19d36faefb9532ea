import { bandCount, discloseAggregate, SUPPRESSED_SYMBOL } from './disclosure';

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
    expect(result).toEqual({ suppressed: true, contributorsBand: SUPPRESSED_SYMBOL, reason: expect.stringMatching(/Fewer than 5 other councils/) });
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
