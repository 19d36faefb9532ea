/**
 * Named example datasets for the breakthrough matrix, shared by its specs and checks, as GOV.UK
 * Frontend keeps component examples.
 */
import type { MatrixCellDatum, MatrixData, MatrixItemDatum, MatrixLevel } from './breakthrough-matrix.domain';

/** The names of the examples. */
export type MatrixExampleName = 'typical' | 'empty' | 'oneCouncil' | 'allEqual' | 'suppressed';

const PROGRESS: MatrixLevel[] = [
  { key: 'just-starting', label: 'Just starting', position: 0 },
  { key: 'working-towards', label: 'Working towards', position: 1 },
  { key: 'achieved', label: 'Achieved', position: 2 },
];
const COVERAGE: MatrixLevel[] = [
  { key: 'no', label: 'No', position: 0 },
  { key: 'partially', label: 'Partially', position: 1 },
  { key: 'yes', label: 'Yes', position: 2 },
];

/** An item placed at the given level positions (null for not rated). */
const item = (n: number, row: number | null, column: number | null): MatrixItemDatum => ({
  key: `q-${n}`,
  text: `Question ${n}`,
  sectionTitle: n <= 3 ? 'Leadership' : 'Performance management',
  rowLevel: row === null ? null : PROGRESS[row],
  columnLevel: column === null ? null : COVERAGE[column],
  actFirst: row === 0 && column === 0,
});

/** The cells for some items, with other councils' shares (row-major, lowest first) or none. */
function cellsFor(items: MatrixItemDatum[], shares: (number | null)[]): MatrixCellDatum[] {
  return PROGRESS.flatMap((r, i) =>
    COVERAGE.map((c, j) => ({
      rowKey: r.key,
      columnKey: c.key,
      councilItems: items.filter((x) => x.rowLevel?.key === r.key && x.columnLevel?.key === c.key).length,
      peerShare: shares[i * 3 + j] ?? null,
    })),
  );
}

const base = {
  councilName: 'Chesterfield',
  itemLabel: 'Question',
  rowTitle: 'Progress',
  columnTitle: 'Addressed in the improvement plan',
  rowLevels: PROGRESS,
  columnLevels: COVERAGE,
  peersSuppressed: false,
  peersSuppressionReason: null,
};
const typicalItems = [
  item(1, 0, 0),
  item(2, 0, 0),
  item(3, 1, 1),
  item(4, 1, 1),
  item(5, 1, 1),
  item(6, 1, 2),
  item(7, 2, 2),
  item(8, null, 1),
];
const SHARES = [6, 4, 0, 1, 47, 20, 0, 4, 18];

/** Every example, by name. */
export const MATRIX_EXAMPLES: Record<MatrixExampleName, MatrixData> = {
  typical: { ...base, items: typicalItems, cells: cellsFor(typicalItems, SHARES) },
  empty: { ...base, items: [], cells: cellsFor([], SHARES) },
  oneCouncil: {
    ...base,
    items: typicalItems,
    cells: cellsFor(typicalItems, []),
    peersSuppressed: true,
    peersSuppressionReason: 'Fewer than 5 other councils contributed, so the figure is withheld to protect their anonymity.',
  },
  allEqual: {
    ...base,
    items: [item(1, 1, 1), item(2, 1, 1), item(3, 1, 1)],
    cells: cellsFor([item(1, 1, 1), item(2, 1, 1), item(3, 1, 1)], [0, 0, 0, 0, 100, 0, 0, 0, 0]),
  },
  // A matrix that says peers are suppressed must never show a share, even if one slipped through.
  suppressed: {
    ...base,
    items: typicalItems,
    cells: cellsFor(typicalItems, SHARES),
    peersSuppressed: true,
    peersSuppressionReason: 'Withheld.',
  },
};
