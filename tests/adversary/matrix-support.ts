import type { GraphQLClient } from '../support/test-app';

import { CHESTERFIELD, FRAMEWORK, type World } from './support';

/**
 * What the matrix's suites share: councils' item scores on progress and plan coverage written
 * below the API (as the owner), and Chesterfield's matrix read through it.
 */

/** An item's level on progress and on plan coverage (three levels each). */
export type LevelPair = [number, number];

const MATRIX = `query ($gss: String!, $round: String!, $row: String, $column: String) {
  dimensionMatrix(councilGssCode: $gss, frameworkKey: "${FRAMEWORK}", round: $round, rowDimensionKey: $row, columnDimensionKey: $column) {
    peersSuppressed peersSuppressionReason peersBand cells { rowLevel { position } columnLevel { position } peerShare }
  }
}`;

export type Matrix = {
  peersSuppressed: boolean;
  peersSuppressionReason: string | null;
  peersBand: string;
  cells: { rowLevel: { position: number }; columnLevel: { position: number }; peerShare: number | null }[];
};

export const matrixOf = async (
  client: GraphQLClient,
  round: string,
  dimensions: { row?: string; column?: string } = {},
): Promise<Matrix> => {
  const response = await client(MATRIX, { gss: CHESTERFIELD, round, row: dimensions.row ?? null, column: dimensions.column ?? null });
  expect(response.errors).toBeUndefined();
  return response.data!.dimensionMatrix;
};

/** Writes one submitted assessment per entry with item scores on progress and plan coverage: item i has levels[i] (cycled). */
export async function submitItems(world: World, round: string, entries: { id: string; levels: LevelPair[] }[]): Promise<void> {
  const { t, frameworkId, progressId } = world;
  const [{ id: planId }] = await t.dataSource.query(`SELECT id FROM rating_dimension WHERE framework_id = $1 AND key = 'plan-coverage'`, [
    frameworkId,
  ]);
  const items: { id: string }[] = await t.dataSource.query(`SELECT id FROM framework_item WHERE framework_id = $1 ORDER BY id`, [
    frameworkId,
  ]);
  for (const entry of entries) {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO assessment (council_id, framework_id, round, status, submitted_at) VALUES ($1, $2, $3, 'submitted', now()) RETURNING id`,
      [entry.id, frameworkId, round],
    );
    const rows = items.flatMap((item, i) => {
      const [progress, plan] = entry.levels[i % entry.levels.length];
      return [
        { item: item.id, dimension: progressId, level: progress },
        { item: item.id, dimension: planId, level: plan },
      ];
    });
    // Three levels on each scale: an item scores in half-steps over 4, so level k is 2k / 4.
    await t.dataSource.query(
      `INSERT INTO assessment_score (assessment_id, subject_id, dimension_id, scope, score_numerator, score_denominator, answered, total)
       SELECT $1, s.item, s.dimension, 'item', 2 * s.level, 4, 1, 1 FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS s(item, dimension, level)`,
      [id, rows.map((r) => r.item), rows.map((r) => r.dimension), rows.map((r) => r.level)],
    );
  }
}

/** Deterministic spread item levels for a peer: no council has every item on one level, so group disclosure lets the shares out. */
export const spreadItems = (seed: number): LevelPair[] => [
  [seed % 3, (seed + 1) % 3],
  [(seed + 1) % 3, seed % 3],
  [(seed + 2) % 3, (seed + 2) % 3],
];
