import { announceRow, getNextRowIndex, nextActiveRow } from './row-navigation';

describe('row navigation', () => {
  describe('getNextRowIndex', () => {
    it('should move into the data on the first arrow or Enter', () => {
      expect(getNextRowIndex(null, 'ArrowDown', 3)).toEqual({ index: 0, handled: true });
      expect(getNextRowIndex(null, 'Enter', 3)).toEqual({ index: 0, handled: true });
    });

    it('should stop at the first and last rows rather than wrap', () => {
      expect(getNextRowIndex(2, 'ArrowDown', 3)).toEqual({ index: 2, handled: true });
      expect(getNextRowIndex(0, 'ArrowUp', 3)).toEqual({ index: 0, handled: true });
    });

    it('should jump with Home and End and leave with Escape', () => {
      expect(getNextRowIndex(1, 'End', 3).index).toBe(2);
      expect(getNextRowIndex(1, 'Home', 3).index).toBe(0);
      expect(getNextRowIndex(1, 'Escape', 3)).toEqual({ index: null, handled: true });
    });

    it('should leave other keys, and every key on an empty chart, to the browser', () => {
      expect(getNextRowIndex(1, 'Tab', 3)).toEqual({ index: 1, handled: false });
      expect(getNextRowIndex(null, 'Escape', 3).handled).toBe(false);
      expect(getNextRowIndex(null, 'ArrowDown', 0)).toEqual({ index: null, handled: false });
    });
  });

  describe('nextActiveRow', () => {
    it('should make the row reached by either source active', () => {
      expect(nextActiveRow(null, 2, 'pointer')).toEqual({ index: 2, source: 'pointer' });
      expect(nextActiveRow({ index: 2, source: 'pointer' }, 0, 'keyboard')).toEqual({ index: 0, source: 'keyboard' });
    });

    it('should not let one source clear a row the other reached', () => {
      expect(nextActiveRow({ index: 1, source: 'keyboard' }, null, 'pointer')).toEqual({ index: 1, source: 'keyboard' });
      expect(nextActiveRow({ index: 1, source: 'pointer' }, null, 'keyboard')).toEqual({ index: 1, source: 'pointer' });
      expect(nextActiveRow({ index: 1, source: 'keyboard' }, null, 'keyboard')).toBeNull();
    });
  });

  describe('announceRow', () => {
    it('should announce only rows reached by keyboard, with where they are', () => {
      const describe = (index: number) => `Row ${index}`;
      expect(announceRow({ index: 1, source: 'keyboard' }, 3, describe)).toBe('Row 1. 2 of 3.');
      expect(announceRow({ index: 1, source: 'pointer' }, 3, describe)).toBe('');
      expect(announceRow(null, 3, describe)).toBe('');
    });
  });
});
