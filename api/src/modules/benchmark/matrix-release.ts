import type { Read } from '../../common/database/read-together';

import type { DimensionMatrix } from './dto/benchmark.types';
import type { ContributorsRow, ReleaseCandidate } from './release-ledger';

/**
 * The breakthrough matrix in the release ledger (release-ledger.ts has the rule and why it holds).
 *
 * The matrix's peer shares (the share of other councils' rated items in each row-level × column-level
 * cell) are one figure computed from one set of submissions: each other council's latest submission
 * in the round that rates at least one item on both dimensions. Two matrices of the same round read
 * before and after one more council submits differ only by that council's items, so subtracting one
 * from the other gives its item-level pairs, approximately or, in an early round with few
 * submitters, exactly. So the matrix is a subject of the ledger like a position's cell: scope
 * `matrix`, and for subject and dimension its two dimensions in uuid order (a matrix and its
 * transpose are the same figures), whatever the round. Its set is recorded with the viewer's own
 * submission in, as a position's is (the set a third party would need to hold to learn the same),
 * and checked and recorded by the ledger's own functions: withheld, with the ledger's plain reason,
 * where it differs from a set already released for the subject by at least one but fewer than the
 * threshold. Only shares about to be served are checked: a matrix already withheld by the threshold
 * or group disclosure (disclosure.ts) releases nothing. The council's own items are its own and are
 * always served.
 */
export const MATRIX_SCOPE = 'matrix';

/**
 * A row of touchstone_matrix_contributors: the matrix's contributing submissions, the viewer's
 * included, under the ledger's subject for it (its two dimensions, in uuid order).
 */
export type MatrixContributorsRow = Omit<ContributorsRow, 'group_key'>;

/**
 * The submissions the matrix's peer shares are computed from (the councils touchstone_level_pairs
 * counts, and the viewer's), to be read in the same statement as the figures.
 */
export function matrixContributorsRead(
  frameworkId: string,
  rounds: string[],
  rowDimension: { id: string },
  columnDimension: { id: string },
  viewerCouncilId: string,
): Read<MatrixContributorsRow> {
  return {
    sql: `SELECT * FROM touchstone_matrix_contributors($1, $2, $3, $4, $5)`,
    params: [frameworkId, rounds, rowDimension.id, columnDimension.id, viewerCouncilId],
  };
}

/** The cell name the matrix's one candidate goes by (and its withheld reason comes back under). */
const MATRIX_CELL = 'matrix';

/** The peer group recorded with a matrix release (for the record only): every other council that submitted. */
const MATRIX_GROUP = 'all';

/**
 * The matrix's peer shares as a release candidate, from touchstone_matrix_contributors' row (none
 * when fewer than the floor contributed: then the candidate has no set and would be withheld).
 */
export function matrixCandidate(
  row: MatrixContributorsRow | undefined,
  dimensions: { rowId: string; columnId: string },
  rounds: string[],
): ReleaseCandidate {
  const [subjectId, dimensionId] = [dimensions.rowId, dimensions.columnId].sort();
  return {
    cell: MATRIX_CELL,
    subjectId: row?.subject_id ?? subjectId,
    dimensionId: row?.dimension_id ?? dimensionId,
    groupKey: MATRIX_GROUP,
    rounds,
    submissions: row?.submissions ?? null,
    released: row?.released ?? false,
    refused: row?.refused ?? false,
  };
}

/** The ledger's reason for withholding the matrix's peer shares, if it withheld them. */
export const matrixWithheldReason = (withheld: ReadonlyMap<string, string>): string | undefined => withheld.get(MATRIX_CELL);

/**
 * What a recorded matrix costs to keep (recorded-releases.ts), estimated from its shape as
 * recorded-release-size.ts estimates a position: the objects it owns (one per item and per cell),
 * not the council, framework, sections, items and levels it only points at. V8 heap bytes measured
 * on Node 20: the heap after a garbage collection with 2,000 matrices held under their keys, less
 * the heap with none, divided by 2,000, at 10, 25 and 50 items over nine cells (1.9, 3.0 and 4.5 KB:
 * about 66 bytes an item), rounded up.
 */
const MATRIX_BYTES = 800;
const MATRIX_ITEM_BYTES = 70;
const MATRIX_CELL_BYTES = 60;

/** The estimated bytes a recorded matrix holds. */
export const dimensionMatrixBytes = (matrix: DimensionMatrix): number =>
  MATRIX_BYTES + MATRIX_ITEM_BYTES * matrix.items.length + MATRIX_CELL_BYTES * matrix.cells.length;
