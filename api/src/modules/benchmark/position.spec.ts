import { madPhrase, positionOf, quartileBand } from './position';

describe('madPhrase', () => {
  it.each([
    [50, 'broadly similar to'],
    [54.9, 'broadly similar to'],
    [55, 'broadly similar to'],
    [57, 'slightly above'],
    [60, 'slightly above'],
    [65, 'above'],
    [70, 'above'],
    [71, 'well above'],
    [43, 'slightly below'],
    [35, 'below'],
    [20, 'well below'],
  ])('should describe %d against a median of 50 and MAD of 10 as "%s"', (score, phrase) => {
    expect(madPhrase(score, 50, 10).phrase).toBe(phrase);
  });

  it('should treat any difference as large when peers all agree', () => {
    expect(madPhrase(50, 50, 0)).toEqual({ phrase: 'broadly similar to', madsFromMedian: 0 });
    expect(madPhrase(51, 50, 0).phrase).toBe('well above');
    expect(madPhrase(49, 50, 0).phrase).toBe('well below');
  });
});

describe('quartileBand', () => {
  it('should place scores in the quarter they fall in, ties going to the upper middle', () => {
    expect(quartileBand(10, 25, 50, 75)).toBe('LOWEST_QUARTER');
    expect(quartileBand(25, 25, 50, 75)).toBe('LOWER_MIDDLE');
    expect(quartileBand(50, 25, 50, 75)).toBe('UPPER_MIDDLE');
    expect(quartileBand(75, 25, 50, 75)).toBe('UPPER_MIDDLE');
    expect(quartileBand(76, 25, 50, 75)).toBe('HIGHEST_QUARTER');
  });

  it('should combine band and phrase', () => {
    expect(positionOf(80, { median: 50, lowerQuartile: 40, upperQuartile: 60, mad: 10 })).toMatchObject({
      band: 'HIGHEST_QUARTER',
      phrase: 'well above',
    });
  });
});

describe('exact tie boundaries', () => {
  // Units of a sixth of the scale (four levels: one level is 2 units): median good (4), MAD one level (2).
  it('should call exactly 0.5 MAD "broadly similar" and exactly 1 MAD "slightly"', () => {
    expect(madPhrase(5, 4, 2).phrase).toBe('broadly similar to');
    expect(madPhrase(3, 4, 2).phrase).toBe('broadly similar to');
    expect(madPhrase(6, 4, 2).phrase).toBe('slightly above');
    expect(madPhrase(2, 4, 2).phrase).toBe('slightly below');
    expect(madPhrase(8, 4, 2).phrase).toBe('above');
    expect(madPhrase(8.125, 4, 2).phrase).toBe('well above');
  });

  it('should hold the boundaries with quarter-unit quartiles and eighth-unit MADs over a large denominator', () => {
    const d = 360; // a six-item section on four levels
    expect(madPhrase(220 + 30.0625, 220, 60.125).phrase).toBe('broadly similar to');
    expect(madPhrase(220 + 60.125, 220, 60.125).phrase).toBe('slightly above');
    expect(madPhrase(220 + 60.25, 220, 60.125).phrase).toBe('above');
    expect(quartileBand(220, 219.75, 220, 230.25)).toBe('UPPER_MIDDLE');
    expect(quartileBand(219.75, 219.75, 220, 230.25)).toBe('LOWER_MIDDLE');
    expect(quartileBand(d, 0, d / 2, d)).toBe('UPPER_MIDDLE');
  });
});
