import { displayScore, MAX_SCORE_DENOMINATOR, nearestLevel, scoreDenominator } from './exact-score';

describe('scoreDenominator', () => {
  it('should cover every mean of a subject: 2 × (levels − 1) × lcm(1..items)', () => {
    expect(scoreDenominator(4, 1)).toBe(6);
    expect(scoreDenominator(4, 6)).toBe(6 * 60);
    expect(scoreDenominator(3, 3)).toBe(4 * 6);
    expect(scoreDenominator(5, 0)).toBe(8);
    expect(scoreDenominator(4, 27)).toBeLessThan(MAX_SCORE_DENOMINATOR);
  });

  it('should refuse a subject too large to score exactly', () => {
    expect(() => scoreDenominator(4, 60)).toThrow(/cannot be scored exactly/);
  });
});

describe('nearestLevel', () => {
  it('should take the higher level for a score exactly halfway, wherever on the scale', () => {
    // Four levels: half-steps over 6. 1/6 is halfway between poor and fair, 3/6 between fair and good, 5/6 between good and excellent.
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => nearestLevel(n, 6, 4))).toEqual([0, 1, 1, 2, 2, 3, 3]);
    // The same halfway points over a section's larger denominator (6 items: 360).
    expect([60, 180, 300].map((n) => nearestLevel(n, 360, 4))).toEqual([1, 2, 3]);
    expect([59, 179, 299].map((n) => nearestLevel(n, 360, 4))).toEqual([0, 1, 2]);
  });

  it('should decide halfway exactly with the largest denominators', () => {
    const denominator = scoreDenominator(4, 27);
    expect(nearestLevel(denominator / 6, denominator, 4)).toBe(1);
    expect(nearestLevel(denominator / 6 - 1, denominator, 4)).toBe(0);
  });
});

describe('displayScore', () => {
  it('should give the 0–100 figure', () => {
    expect(displayScore(220, 360)).toBeCloseTo(61.111, 3);
    expect(displayScore(3, 6)).toBe(50);
  });
});
