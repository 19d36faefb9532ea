import { joinWithAnd, plural } from './words';

describe('words', () => {
  describe('joinWithAnd', () => {
    it('should join lists the GOV.UK way', () => {
      expect(joinWithAnd([])).toBe('');
      expect(joinWithAnd(['a'])).toBe('a');
      expect(joinWithAnd(['a', 'b'])).toBe('a and b');
      expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
    });
  });

  it('should add an s for any count but one', () => {
    expect([plural(0, 'theme'), plural(1, 'theme'), plural(2, 'theme')]).toEqual(['themes', 'theme', 'themes']);
  });
});
