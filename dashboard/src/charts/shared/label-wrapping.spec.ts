import { getLabelColumnWidth, wrapLabel } from './label-wrapping';

describe('label wrapping', () => {
  it('should bound the label column', () => {
    expect(getLabelColumnWidth(200)).toBe(110);
    expect(getLabelColumnWidth(2000)).toBe(300);
  });

  describe('wrapLabel', () => {
    it('should keep a short label on one line', () => {
      expect(wrapLabel('Use of IT', 20)).toEqual(['Use of IT']);
    });

    it('should break between words', () => {
      expect(wrapLabel('The decision (committee and delegated)', 20)).toEqual(['The decision', '(committee and', 'delegated)']);
    });

    it('should end with an ellipsis when the label needs more lines than allowed', () => {
      const lines = wrapLabel('Resource management (work allocation) and other matters', 12, 2);
      expect(lines).toHaveLength(2);
      expect(lines[1].endsWith('…')).toBe(true);
      expect(lines.every((l) => l.length <= 12)).toBe(true);
    });

    it('should cut a word longer than a line, and stop there', () => {
      expect(wrapLabel('Commercialisation', 10)).toEqual(['Commercia…']);
      expect(wrapLabel('Use Commercialisation wisely', 10)).toEqual(['Use', 'Commercia…']);
    });

    it('should break after a hyphen when a hyphenated word does not fit', () => {
      expect(wrapLabel('Pre-application advice', 13)).toEqual(['Pre-', 'application', 'advice']);
      expect(wrapLabel('Pre-application advice', 20)).toEqual(['Pre-application', 'advice']);
    });

    it('should return no lines for an empty label', () => {
      expect(wrapLabel('   ', 10)).toEqual([]);
    });
  });
});
