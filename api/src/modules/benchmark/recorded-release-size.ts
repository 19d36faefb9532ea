import type { CouncilPosition, SectorView } from './dto/benchmark.types';

/**
 * What a recorded release costs to keep (recorded-releases.ts), estimated from its shape: the
 * objects it owns (its subjects, comparisons, positions, distributions and reasons, or its sector
 * cells), not the council, framework and peer groups it only points at, which the process holds
 * anyway. The constants are V8 heap bytes measured at sector scale: the heap after a garbage
 * collection with 200 distinct council positions recorded, less the heap with none, divided by
 * 200 (about 38 KB for 15 sections against five peer groups, 75 comparisons), rounded up.
 */
const POSITION_BYTES = 1_000;
const SUBJECT_BYTES = 250;
const COMPARISON_BYTES = 450;
const SECTOR_VIEW_BYTES = 1_000;
const SECTOR_CELL_BYTES = 450;

/** The estimated bytes a recorded council position holds. */
export function councilPositionBytes(position: CouncilPosition): number {
  let bytes = POSITION_BYTES;
  for (const subject of position.subjects) bytes += SUBJECT_BYTES + COMPARISON_BYTES * subject.comparisons.length;
  return bytes;
}

/** The estimated bytes a recorded sector view holds. */
export const sectorViewBytes = (view: SectorView): number => SECTOR_VIEW_BYTES + SECTOR_CELL_BYTES * view.cells.length;
