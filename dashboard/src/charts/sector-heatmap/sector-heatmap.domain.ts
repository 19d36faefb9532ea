/**
 * The sector heatmap's maths and words: sections × peer groups, each cell the group's median with
 * its change since the previous round, withheld cells as "c"; the shading bins, the keyboard moves
 * between cells, the announcements, the summary and the table, all from the same accessors. Pure.
 */
import { DEFAULT_WITHHELD_REASON, WITHHELD_IN_WORDS, WITHHELD_SYMBOL } from '../../format/withheld';
import { joinWithAnd } from '../shared/words';

/** What a fixed peer group is defined by. */
export type HeatmapGroupKind = 'ALL' | 'TYPE' | 'REGION' | 'CIRCUMSTANCE';

/** A column: a peer group with its name, a short name for the narrow column heading, and its words in a sentence. */
export type HeatmapGroup = { key: string; name: string; shortName: string; inSentence: string; kind: HeatmapGroupKind };

/** A row: a section of the framework. */
export type HeatmapSection = { key: string; title: string };

/** One section × group cell after disclosure control. */
export type HeatmapCell = {
  sectionKey: string;
  groupKey: string;
  suppressed: boolean;
  suppressionReason: string | null;
  contributorsBand: string;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
  /** Median now minus the median in the previous round, where both are shown. */
  change: number | null;
};

/** Everything the heatmap shows. */
export type HeatmapData = {
  sections: HeatmapSection[];
  groups: HeatmapGroup[];
  cells: HeatmapCell[];
  round: string;
  previousRound: string | null;
  /** What the framework calls a section. */
  sectionLabel: string;
};

/**
 * The shading: one blue whose lightness falls evenly with the median, from 0 (lightest) to 100
 * (darkest), the same in every view. Even, not in bins: with bins, 60 and 61 fell either side of a
 * bound and looked far apart, when a one-point difference means next to nothing. Black text on the
 * darkest shade is 6.4:1 (WCAG AA), so every cell keeps the same text colour.
 */
export const SHADE_SCALE = { hue: 207, saturation: 55, lightest: 97, darkest: 58 } as const;

/** The scores the key marks under its shading bar. */
export const SHADE_KEY_TICKS = [0, 25, 50, 75, 100] as const;

const finite = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const whole = (value: number): number => Math.round(value) + 0;

// accessors

/** The cell for a section and group (undefined when the API sent none). */
export const getCell = (data: HeatmapData, sectionKey: string, groupKey: string): HeatmapCell | undefined =>
  data.cells.find((c) => c.sectionKey === sectionKey && c.groupKey === groupKey);

/** A cell's median, never for a withheld cell. */
export const getMedian = (cell: HeatmapCell | undefined): number | null => (!cell || cell.suppressed ? null : finite(cell.median));

/** A cell's change on the whole numbers shown (so a change of 0.4 reads as no change), never for a withheld cell. */
export function getChange(cell: HeatmapCell | undefined): number | null {
  if (!cell || cell.suppressed) return null;
  const change = finite(cell.change);
  return change === null ? null : whole(change);
}

/** The shade (a CSS colour) for a median, clamped to 0–100; null for none. */
export function getShade(median: number | null): string | null {
  if (median === null) return null;
  const share = Math.min(100, Math.max(0, median)) / 100;
  const { hue, saturation, lightest, darkest } = SHADE_SCALE;
  const lightness = Math.round((lightest - (lightest - darkest) * share) * 10) / 10;
  return `hsl(${hue} ${saturation}% ${lightness}%)`;
}

/** What one cell of the heatmap shows: its figures (undefined where the API sent none), its shade (null where withheld) and, with a previous round, its change. */
export type HeatmapCellView = { cell: HeatmapCell | undefined; shade: string | null; change: ReturnType<typeof describeChange> };

/** A section and group's cell as drawn: shaded by its median, with its change since the previous round where there was one. */
export function getCellView(data: HeatmapData, sectionKey: string, groupKey: string): HeatmapCellView {
  const cell = getCell(data, sectionKey, groupKey);
  return { cell, shade: getShade(getMedian(cell)), change: data.previousRound ? describeChange(getChange(cell)) : null };
}

/** The columns for one view: all councils first, then the groups of one kind. */
export function groupsOfKind(groups: HeatmapGroup[], kind: Exclude<HeatmapGroupKind, 'ALL'>): HeatmapGroup[] {
  return [...groups.filter((g) => g.kind === 'ALL'), ...groups.filter((g) => g.kind === kind)];
}

// text

/** The change as a symbol, a signed number and words: ▲ +2 "up 2", ▼ -3 "down 3", ● 0 "no change". */
export function describeChange(change: number | null): { symbol: string; number: string; words: string } | null {
  if (change === null) return null;
  if (change > 0) return { symbol: '▲', number: `+${change}`, words: `up ${change}` };
  if (change < 0) return { symbol: '▼', number: String(change), words: `down ${-change}` };
  return { symbol: '●', number: '0', words: 'no change' };
}

/** The median as shown in a cell: a whole number, "c" when withheld, "–" when there is none. */
export function medianText(cell: HeatmapCell | undefined): string {
  if (!cell || cell.suppressed) return WITHHELD_SYMBOL;
  const median = getMedian(cell);
  return median === null ? 'Not available' : String(whole(median));
}

/** The change as shown in the table and CSV: "+2", "-3", "0", "c", or "Not available". */
export function changeText(cell: HeatmapCell | undefined): string {
  if (!cell || cell.suppressed) return WITHHELD_SYMBOL;
  return describeChange(getChange(cell))?.number ?? 'Not available';
}

/**
 * What the heatmap announces when keyboard focus reaches a cell: section, group, then the figures.
 */
export function describeCell(data: HeatmapData, section: HeatmapSection, group: HeatmapGroup): string {
  const cell = getCell(data, section.key, group.key);
  if (!cell || cell.suppressed)
    return `${section.title}, ${group.inSentence}: ${WITHHELD_IN_WORDS}. ${cell?.suppressionReason ?? 'Too few councils contributed.'}`;
  const parts = [`median ${medianText(cell)}`];
  const change = describeChange(getChange(cell));
  if (change && data.previousRound) parts.push(`${change.words} since ${data.previousRound}`);
  const lower = finite(cell.lowerQuartile);
  const upper = finite(cell.upperQuartile);
  if (lower !== null && upper !== null) parts.push(`middle half ${whole(lower)} to ${whole(upper)}`);
  parts.push(`${cell.contributorsBand} councils contributing`);
  return `${section.title}, ${group.inSentence}: ${parts.join(', ')}`;
}

/** The accessible name of the heatmap. */
export function getHeatmapTitle(data: HeatmapData): string {
  return `Median ${data.sectionLabel.toLowerCase()} scores by peer group, ${data.round}`;
}

/**
 * A plain-English summary: the range of medians, how many rose and fell since the previous round,
 * and how many cells are withheld. It names no council and ranks no group.
 */
export function buildHeatmapSummary(data: HeatmapData): string {
  const label = data.sectionLabel.toLowerCase();
  if (data.sections.length === 0 || data.groups.length === 0) return `There are no ${label}s or peer groups to show.`;
  const cells = data.sections.flatMap((s) => data.groups.map((g) => getCell(data, s.key, g.key)));
  const medians = cells
    .map(getMedian)
    .filter((m): m is number => m !== null)
    .map(whole);
  const sentences = [
    `${data.sections.length} ${data.sections.length === 1 ? label : `${label}s`} by ${data.groups.length} peer ${data.groups.length === 1 ? 'group' : 'groups'}.`,
  ];
  if (medians.length === 0) sentences.push('Every median is withheld.');
  else {
    const low = Math.min(...medians);
    const high = Math.max(...medians);
    sentences.push(low === high ? `Every median shown is ${low}.` : `Medians range from ${low} to ${high}.`);
  }
  if (data.previousRound) {
    const changes = cells.map(getChange).filter((c): c is number => c !== null);
    const up = changes.filter((c) => c > 0).length;
    const down = changes.filter((c) => c < 0).length;
    const same = changes.filter((c) => c === 0).length;
    if (changes.length > 0)
      sentences.push(`Since ${data.previousRound}, ${joinWithAnd([`${up} rose`, `${down} fell`, `${same} did not change`])}.`);
  }
  const withheld = cells.filter((c) => !c || c.suppressed).length;
  if (withheld > 0)
    sentences.push(
      `${withheld} ${withheld === 1 ? 'cell is' : 'cells are'} withheld (shown as ${WITHHELD_SYMBOL}) to keep the councils that contributed anonymous.`,
    );
  return sentences.join(' ');
}

// keyboard

/** The active cell, by row and column index. */
export type CellPosition = { row: number; column: number };

/** The result of a key press: the cell to make active (null for none) and whether the key was used. */
export type CellNavigation = { position: CellPosition | null; handled: boolean };

/**
 * Keyboard movement between cells: an arrow or Enter moves into the grid at the first cell, arrows
 * move one cell (stopping at the edges), Home and End go to the ends of the row, Escape leaves.
 */
export function getNextCell(current: CellPosition | null, key: string, rows: number, columns: number): CellNavigation {
  if (rows === 0 || columns === 0) return { position: null, handled: false };
  if (current === null) {
    return ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Enter', 'Home', 'End'].includes(key)
      ? { position: { row: 0, column: 0 }, handled: true }
      : { position: null, handled: false };
  }
  const clamp = (row: number, column: number): CellPosition => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    column: Math.max(0, Math.min(columns - 1, column)),
  });
  switch (key) {
    case 'ArrowDown':
      return { position: clamp(current.row + 1, current.column), handled: true };
    case 'ArrowUp':
      return { position: clamp(current.row - 1, current.column), handled: true };
    case 'ArrowRight':
      return { position: clamp(current.row, current.column + 1), handled: true };
    case 'ArrowLeft':
      return { position: clamp(current.row, current.column - 1), handled: true };
    case 'Home':
      return { position: clamp(current.row, 0), handled: true };
    case 'End':
      return { position: clamp(current.row, columns - 1), handled: true };
    case 'Enter':
      return { position: current, handled: true };
    case 'Escape':
      return { position: null, handled: true };
    default:
      return { position: current, handled: false };
  }
}

// table

/** One row of the "Show data" table and CSV: one cell of the heatmap, formatted as shown. */
export type HeatmapTableRow = {
  key: string;
  section: string;
  group: string;
  median: string;
  lowerQuartile: string;
  upperQuartile: string;
  change: string;
  contributors: string;
  note: string;
};

/** The table's rows, section by section, group by group, in the heatmap's order. */
export function buildHeatmapTableRows(data: HeatmapData): HeatmapTableRow[] {
  return data.sections.flatMap((s) =>
    data.groups.map((g) => {
      const cell = getCell(data, s.key, g.key);
      const peer = (value: number | null | undefined): string =>
        !cell || cell.suppressed ? WITHHELD_SYMBOL : finite(value) === null ? 'Not available' : String(whole(value as number));
      return {
        key: `${s.key}|${g.key}`,
        section: s.title,
        group: g.name,
        median: medianText(cell),
        lowerQuartile: peer(cell?.lowerQuartile),
        upperQuartile: peer(cell?.upperQuartile),
        change: !cell || cell.suppressed || data.previousRound ? changeText(cell) : 'Not available',
        contributors: !cell || cell.suppressed ? WITHHELD_SYMBOL : cell.contributorsBand,
        note: !cell ? 'Not compared.' : cell.suppressed ? (cell.suppressionReason ?? DEFAULT_WITHHELD_REASON) : '',
      };
    }),
  );
}
