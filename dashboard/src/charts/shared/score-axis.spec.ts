import { clampScore, getScoreDomain, getScoreTicks, isScore, roundScore, SCORE_TICKS, SCORE_TICKS_NARROW } from './score-axis';

describe('score axis', () => {
  it('should treat null, NaN and infinite values as missing', () => {
    expect(isScore(0)).toBe(true);
    expect(isScore(null)).toBe(false);
    expect(isScore(Number.NaN)).toBe(false);
    expect(isScore(Number.POSITIVE_INFINITY)).toBe(false);
  });

  describe('domains and ticks', () => {
    it('should fix the score domain at 0 to 100 whatever the data', () => {
      expect(getScoreDomain()).toEqual([0, 100]);
    });

    it('should clamp negative and over-range scores onto the axis', () => {
      expect(clampScore(-5)).toBe(0);
      expect(clampScore(120)).toBe(100);
      expect(clampScore(55.5)).toBe(55.5);
    });

    it('should use fewer ticks when the plot is narrow', () => {
      expect(getScoreTicks(600)).toEqual([...SCORE_TICKS]);
      expect(getScoreTicks(150)).toEqual([...SCORE_TICKS_NARROW]);
    });

    it('should round to whole numbers without producing negative zero', () => {
      expect(roundScore(62.5)).toBe(63);
      expect(Object.is(roundScore(-0.2), 0)).toBe(true);
    });
  });
});
