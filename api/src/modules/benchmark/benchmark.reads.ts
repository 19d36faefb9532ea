import { createHash } from 'node:crypto';

import type { Read } from '../../common/database/read-together';

import type { BenchmarkScope } from './dto/benchmark.types';

/**
 * The SQL every benchmark read sends, in one place, so the service and the bench's ceiling ask
 * the database exactly the same questions. Figures about other councils come only from the
 * database's reviewed functions (never an aggregate of fewer than touchstone_disclosure_floor()
 * councils); the council's own scores come from the assessment module's reads, under its row-level
 * security.
 */

/**
 * A row of touchstone_group_stats: one group × subject × dimension, aggregates only. The statistics
 * are exact, in numerator units over the subject's score denominator (common/exact-score.ts).
 */
export type GroupStatsRow = {
  group_key: string;
  subject_id: string;
  dimension_id: string;
  others: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  mad: number | null;
  level_counts: number[] | null;
  any_synthetic: boolean;
  /** The group's stored distribution is out of date: this row has no figures; refresh and read again. */
  stale: boolean;
};

export type SubmittingRow = { round: string; councils: string[] };

/**
 * The hash that names a group's membership: md5 of the ids sorted and written as PostgreSQL writes
 * a uuid[], exactly as touchstone_refresh_peer_distributions computes it when it stores a group.
 * (Lower-case uuids sort the same as text as they do as uuids.)
 */
export function membersHash(councilIds: readonly string[]): string {
  const known = hashesOfFrozen.get(councilIds);
  if (known !== undefined) return known;
  const hash = createHash('md5')
    .update(`{${[...councilIds].sort().join(',')}}`)
    .digest('hex');
  // A frozen list cannot change, so its hash is worked out once (the peer groups' shared member lists are frozen).
  if (Object.isFrozen(councilIds)) hashesOfFrozen.set(councilIds, hash);
  return hash;
}

const hashesOfFrozen = new WeakMap<readonly string[], string>();

/** Statistics for several groups (given with their members) from the stored distributions, the viewer's council left out. */
export function groupStatsRead(
  frameworkId: string,
  rounds: string[],
  scope: BenchmarkScope,
  members: ReadonlyMap<string, readonly string[]>,
  viewerCouncilId: string | null,
): Read<GroupStatsRow> {
  const hashes = Object.fromEntries([...members].map(([key, ids]) => [key, membersHash(ids)]));
  return {
    sql: `SELECT * FROM touchstone_group_stats($1, $2, $3, $4, $5)`,
    params: [frameworkId, rounds, scope, JSON.stringify(hashes), viewerCouncilId],
  };
}

/** Rebuilds the stored distributions of the groups given with their members (those already current are left as they are). */
export function refreshPeerDistributionsRead(
  frameworkId: string,
  rounds: string[],
  scope: BenchmarkScope,
  members: ReadonlyMap<string, readonly string[]>,
): Read<unknown> {
  return {
    sql: `SELECT touchstone_refresh_peer_distributions($1, $2, $3, $4)`,
    params: [frameworkId, rounds, scope, JSON.stringify(Object.fromEntries(members))],
  };
}

/** Which councils submitted in each round: participation only, for the differencing check. */
export function submittingRead(frameworkId: string, rounds: string[]): Read<SubmittingRow> {
  return { sql: `SELECT * FROM touchstone_submitting_councils_by_round($1, $2)`, params: [frameworkId, rounds] };
}

/** A row of touchstone_level_pairs: other councils' items in one cell, with totals repeated on every row. */
export type LevelPairRow = {
  level_a: number;
  level_b: number;
  n: number;
  councils: number;
  any_synthetic: boolean;
  /** The most councils with every rated item on one level of either dimension (for group disclosure). */
  councils_on_one_level: number;
};

/** Pairs of levels on two dimensions across other councils' items, for the matrix. */
export function levelPairsRead(
  frameworkId: string,
  rounds: string[],
  rowDimension: { id: string; levels: unknown[] },
  columnDimension: { id: string; levels: unknown[] },
  viewerCouncilId: string,
): Read<LevelPairRow> {
  return {
    sql: `SELECT * FROM touchstone_level_pairs($1, $2, $3, $4, $5, $6, $7)`,
    params: [
      frameworkId,
      rounds,
      rowDimension.id,
      columnDimension.id,
      rowDimension.levels.length,
      columnDimension.levels.length,
      viewerCouncilId,
    ],
  };
}

/** The installation's disclosure key, from which distributions' pseudo-totals are drawn (small-numbers.ts). */
export const disclosureKeyRead = (): Read<{ secret: string }> => ({ sql: `SELECT secret FROM disclosure_key WHERE id = 1`, params: [] });
