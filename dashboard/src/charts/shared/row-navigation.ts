/** Keyboard movement between the rows of a row chart. Pure, so every key is tested without a browser. */

/** How the active row was reached: keyboard moves are announced, pointer hovers are not. */
export type ActiveRowSource = 'keyboard' | 'pointer';

/** The result of a key press on the chart: the row to show (null for none) and whether the key was used. */
export type RowNavigation = { index: number | null; handled: boolean };

/**
 * Keyboard movement between rows, following the @visx/a11y pattern: Enter or an arrow key moves
 * into the data, arrows move between rows (stopping at the ends rather than wrapping, so a
 * screen reader user knows where they are), Home and End jump, Escape leaves. Keys it does not use
 * are left alone so the page still scrolls and tabs as usual.
 */
export function getNextRowIndex(current: number | null, key: string, count: number): RowNavigation {
  if (count === 0) return { index: null, handled: false };
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return { index: current === null ? 0 : Math.min(last, current + 1), handled: true };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { index: current === null ? 0 : Math.max(0, current - 1), handled: true };
    case 'Home':
      return { index: 0, handled: true };
    case 'End':
      return { index: last, handled: true };
    case 'Enter':
      return { index: current ?? 0, handled: true };
    case 'Escape':
      return { index: null, handled: current !== null };
    default:
      return { index: current, handled: false };
  }
}

/** The active row and how it was reached. */
export type ActiveRow = { index: number; source: ActiveRowSource };

/**
 * The next active row after a change from one source. A pointer leaving does not clear a row
 * reached by keyboard, nor the reverse, so the two ways of exploring do not fight; the latest one
 * wins while both are in use.
 */
export function nextActiveRow(current: ActiveRow | null, index: number | null, source: ActiveRowSource): ActiveRow | null {
  return index === null ? (current?.source === source ? null : current) : { index, source };
}

/** What the live region says for the active row: only rows reached by keyboard, with where they are. */
export function announceRow(active: ActiveRow | null, count: number, describe: (index: number) => string): string {
  return active?.source === 'keyboard' ? `${describe(active.index)}. ${active.index + 1} of ${count}.` : '';
}
