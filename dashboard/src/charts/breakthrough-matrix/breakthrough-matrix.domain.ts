/**
 * The breakthrough matrix's maths and words: the council's items counted into a grid of two rating
 * dimensions (progress × plan coverage), other councils' share per cell, the items to act on first,
 * and the summary and table text, all from the same data so they cannot disagree. Pure, no React.
 */
import { WITHHELD_SYMBOL } from '../../format/withheld';

/** A level of one of the two scales, lowest first by position. */
export type MatrixLevel = { key: string; label: string; position: number };

/** One item: where the council put it on each scale (null where it did not rate it). */
export type MatrixItemDatum = {
  key: string;
  text: string;
  sectionTitle: string;
  rowLevel: MatrixLevel | null;
  columnLevel: MatrixLevel | null;
  actFirst: boolean;
};

/** The council's count and other councils' share (percent, null when withheld) in one cell. */
export type MatrixCellDatum = { rowKey: string; columnKey: string; councilItems: number; peerShare: number | null };

/** Everything the matrix draws. */
export type MatrixData = {
  councilName: string;
  /** The framework's word for an item, e.g. "Question". */
  itemLabel: string;
  rowTitle: string;
  columnTitle: string;
  rowLevels: MatrixLevel[];
  columnLevels: MatrixLevel[];
  cells: MatrixCellDatum[];
  items: MatrixItemDatum[];
  peersSuppressed: boolean;
  peersSuppressionReason: string | null;
};

// accessors

/** The council's item count in a cell (0 when the API sent no such cell). */
export const getCouncilItems = (data: MatrixData, rowKey: string, columnKey: string): number =>
  data.cells.find((c) => c.rowKey === rowKey && c.columnKey === columnKey)?.councilItems ?? 0;

/** Other councils' share in a cell: null when withheld (never a number that slipped through a suppressed matrix). */
export const getPeerShare = (data: MatrixData, rowKey: string, columnKey: string): number | null => {
  if (data.peersSuppressed) return null;
  const share = data.cells.find((c) => c.rowKey === rowKey && c.columnKey === columnKey)?.peerShare;
  return typeof share === 'number' && Number.isFinite(share) ? share : null;
};

/** Whether a cell is the "act first" corner: the lowest level on both scales. */
export const isActFirstCell = (row: MatrixLevel, column: MatrixLevel, data: MatrixData): boolean =>
  row.position === Math.min(...data.rowLevels.map((l) => l.position)) &&
  column.position === Math.min(...data.columnLevels.map((l) => l.position));

/** How many shading steps the council's counts take, from none (an empty cell) to the darkest (the fullest cell). */
export const MATRIX_SHADE_STEPS = 4;

/** What one cell of the matrix shows: the council's count, other councils' share (null when withheld), whether it is the act-first corner, and its shading step. */
export type MatrixCellView = { count: number; share: number | null; actFirst: boolean; shadeStep: number };

/** A cell's view; the shading step is the count against the fullest cell's, so only an empty cell is unshaded. */
export function getMatrixCellView(data: MatrixData, row: MatrixLevel, column: MatrixLevel): MatrixCellView {
  const count = getCouncilItems(data, row.key, column.key);
  const fullest = Math.max(1, ...data.cells.map((c) => c.councilItems));
  const darkest = MATRIX_SHADE_STEPS - 1;
  return {
    count,
    share: getPeerShare(data, row.key, column.key),
    actFirst: isActFirstCell(row, column, data),
    shadeStep: count === 0 ? 0 : Math.min(darkest, Math.ceil((count / fullest) * darkest)),
  };
}

// layout

/** Row levels highest first, so the grid reads like a chart (progress rises up the page); columns lowest first. */
export function orderLevels(data: Pick<MatrixData, 'rowLevels' | 'columnLevels'>): { rows: MatrixLevel[]; columns: MatrixLevel[] } {
  return {
    rows: [...data.rowLevels].sort((a, b) => b.position - a.position),
    columns: [...data.columnLevels].sort((a, b) => a.position - b.position),
  };
}

/** The items to act on first, in the framework's order. */
export const getActFirstItems = (data: MatrixData): MatrixItemDatum[] => data.items.filter((i) => i.actFirst);

/** Items rated on both scales (the ones the grid counts). */
export const getPlacedItems = (data: MatrixData): MatrixItemDatum[] =>
  data.items.filter((i) => i.rowLevel !== null && i.columnLevel !== null);

// text

const plural = (count: number, word: string): string => `${count} ${count === 1 ? word : `${word}s`}`;

/** A cell's council count in words: "5 questions". */
export const councilCellText = (count: number, itemLabel: string): string => plural(count, itemLabel.toLowerCase());

/** A cell's peer share as shown: "47%", or "c" when withheld. */
export const peerShareText = (share: number | null): string => (share === null ? WITHHELD_SYMBOL : `${share}%`);

/** The accessible name of the matrix table. */
export function getMatrixCaption(data: MatrixData): string {
  return `${data.councilName}'s ${data.itemLabel.toLowerCase()}s by ${data.rowTitle.toLowerCase()} (rows) and ${data.columnTitle.toLowerCase()} (columns), with other councils' share of theirs`;
}

/**
 * A plain-English summary: how many items were placed, the fullest cell, how many to act on first,
 * and where other councils' items most often sit (or that their shares are withheld).
 */
export function buildMatrixSummary(data: MatrixData): string {
  const item = data.itemLabel.toLowerCase();
  const name = data.councilName;
  if (data.items.length === 0) return `There are no ${item}s to show.`;
  const placed = getPlacedItems(data);
  const sentences: string[] = [];
  if (placed.length === 0) {
    sentences.push(
      `${name} has not rated any of its ${plural(data.items.length, item)} on both ${data.rowTitle.toLowerCase()} and ${data.columnTitle.toLowerCase()}.`,
    );
  } else {
    sentences.push(`${name} rated ${placed.length} of its ${plural(data.items.length, item)} on both scales.`);
    const { rows, columns } = orderLevels(data);
    const counts = rows.flatMap((r) => columns.map((c) => ({ r, c, n: getCouncilItems(data, r.key, c.key) })));
    const most = counts.reduce((best, x) => (x.n > best.n ? x : best), counts[0]);
    const ties = counts.filter((x) => x.n === most.n).length;
    if (ties === 1)
      sentences.push(
        `Most (${most.n}) are rated ‘${most.r.label}’ (${data.rowTitle.toLowerCase()}) and ‘${most.c.label}’ (${data.columnTitle.toLowerCase()}).`,
      );
  }
  const actFirst = getActFirstItems(data).length;
  sentences.push(
    actFirst === 0
      ? noActFirstSentence(data)
      : `${plural(actFirst, item)} ${actFirst === 1 ? 'is' : 'are'} at the lowest level on both: act on ${actFirst === 1 ? 'it' : 'these'} first.`,
  );
  if (data.peersSuppressed) {
    sentences.push(`Other councils' shares are withheld (shown as ${WITHHELD_SYMBOL}) to keep them anonymous.`);
  } else {
    const { rows, columns } = orderLevels(data);
    const shares = rows
      .flatMap((r) => columns.map((c) => ({ r, c, share: getPeerShare(data, r.key, c.key) })))
      .filter((x) => x.share !== null);
    if (shares.length > 0) {
      const top = shares.reduce((best, x) => ((x.share ?? 0) > (best.share ?? 0) ? x : best), shares[0]);
      sentences.push(`Other councils' ${item}s are most often rated ‘${top.r.label}’ and ‘${top.c.label}’ (${top.share}%).`);
    }
  }
  return sentences.join(' ');
}

/**
 * What to say when no item is in the "act first" corner. Items at the lowest level of just one
 * scale (a question 'Just starting' that the plan partly covers) are still weak spots, so the
 * sentence names them rather than saying there is nothing to act on.
 */
function noActFirstSentence(data: MatrixData): string {
  const item = data.itemLabel.toLowerCase();
  const lowest = (levels: MatrixLevel[]) => [...levels].sort((a, b) => a.position - b.position)[0];
  const lowRow = lowest(data.rowLevels);
  const lowColumn = lowest(data.columnLevels);
  const placed = getPlacedItems(data);
  const atLow = (level: MatrixLevel | undefined, title: string, pick: (i: MatrixItemDatum) => MatrixLevel | null) => {
    const count = level ? placed.filter((i) => pick(i)?.key === level.key).length : 0;
    return count === 0 || !level ? [] : [`${plural(count, item)} ${count === 1 ? 'is' : 'are'} ‘${level.label}’ (${title.toLowerCase()})`];
  };
  const weak = [...atLow(lowRow, data.rowTitle, (i) => i.rowLevel), ...atLow(lowColumn, data.columnTitle, (i) => i.columnLevel)];
  if (weak.length === 0) return 'None is at the lowest level on either scale, so there is nothing to act on first.';
  return `None is at the lowest level on both scales, where the matrix says to act first, but ${weak.join(' and ')}: look at these next.`;
}

/** One cell of the matrix as the CSV (and the table) give it. */
export type MatrixCellRow = { key: string; row: string; column: string; council: string; peers: string; actFirst: boolean };

/** Every cell in reading order (rows highest first, columns lowest first), with its text as shown. */
export function buildMatrixCellRows(data: MatrixData): MatrixCellRow[] {
  const { rows, columns } = orderLevels(data);
  return rows.flatMap((r) =>
    columns.map((c) => ({
      key: `${r.key}|${c.key}`,
      row: r.label,
      column: c.label,
      council: String(getCouncilItems(data, r.key, c.key)),
      peers: peerShareText(getPeerShare(data, r.key, c.key)),
      actFirst: isActFirstCell(r, c, data),
    })),
  );
}

/** An item's level as shown: the label, or "Not rated". */
export const levelText = (level: MatrixLevel | null): string => level?.label ?? 'Not rated';
