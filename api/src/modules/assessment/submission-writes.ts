import type { EntityManager } from 'typeorm';

import { uuidArray } from '../../common/database/bulk-insert';

import { Assessment, AssessmentStatus } from './assessment.entity';
import type { ComputedScore } from './assessment-scoring';
import { BULK_COLUMNS, scoreRow } from './bulk-columns';

/**
 * The writes that open and submit an assessment row (a new draft, step by step or in one request,
 * and every submission), each a single statement so that a submission's transaction waits on the
 * API as little as possible: the draft is opened together
 * with the look-up of the round's open draft and current submission, and its scores stored,
 * that submission superseded and the draft marked submitted together, returning the row as stored.
 */

/** An assessment row as PostgreSQL returns it (RETURNING *), as the entity TypeORM would have read. */
function assessmentOf(manager: EntityManager, row: Record<string, unknown>): Assessment {
  const assessment = manager.create(Assessment);
  for (const column of manager.connection.getMetadata(Assessment).columns) {
    if (column.databaseName in row) column.setEntityValue(assessment, row[column.databaseName]);
  }
  return assessment;
}

/**
 * Opens a draft for the council, framework and round, superseding the round's current submission
 * (if any) when it is submitted; null when the round already has an open draft (nothing is written).
 */
export async function openDraftAt(
  manager: EntityManager,
  where: { councilId: string; frameworkId: string; round: string },
): Promise<Assessment | null> {
  const rows: Record<string, unknown>[] = await manager.query(
    `WITH open AS (
       SELECT id, status FROM assessment
        WHERE council_id = $1 AND framework_id = $2 AND round = $3 AND status IN ('${AssessmentStatus.DRAFT}', '${AssessmentStatus.SUBMITTED}'))
     INSERT INTO assessment (council_id, framework_id, round, status, supersedes_id)
     SELECT $1, $2, $3, '${AssessmentStatus.DRAFT}', (SELECT id FROM open WHERE status = '${AssessmentStatus.SUBMITTED}')
      WHERE NOT EXISTS (SELECT 1 FROM open WHERE status = '${AssessmentStatus.DRAFT}')
     RETURNING *`,
    [where.councilId, where.frameworkId, where.round],
  );
  return rows.length > 0 ? assessmentOf(manager, rows[0]) : null;
}

/**
 * Stores a draft's computed scores and marks it submitted, superseding the submission it replaces
 * (if still current), in one statement. The main update's condition reads both CTEs, so the scores
 * are stored and the superseded row changed before the draft's row is: the round never has two
 * current submissions even for a moment. Returns the submitted row as stored (null if the viewer
 * may not change it).
 */
export async function storeScoresAndSubmit(
  manager: EntityManager,
  draft: Assessment,
  scores: ComputedScore[],
  submittedAt: Date,
): Promise<Assessment | null> {
  const columns = BULK_COLUMNS.assessmentScore;
  const rows = scores.map((s) => scoreRow(draft.id, s));
  const values = columns.map((c, i) => (c.type === 'uuid' ? uuidArray(rows.map((row) => row[i] as string)) : rows.map((row) => row[i])));
  // An UPDATE's result, through TypeORM's query(), is its rows and how many it changed.
  const [updated]: [Record<string, unknown>[], number] = await manager.query(
    `WITH scored AS (
       INSERT INTO assessment_score (${columns.map((c) => `"${c.name}"`).join(', ')})
       SELECT * FROM unnest(${columns.map((c, i) => `$${i + 4}::${c.type}[]`).join(', ')}) RETURNING 1),
     superseded AS (
       UPDATE assessment SET status = '${AssessmentStatus.SUPERSEDED}', updated_at = CURRENT_TIMESTAMP
        WHERE id = $2 AND status = '${AssessmentStatus.SUBMITTED}' RETURNING id)
     UPDATE assessment SET status = '${AssessmentStatus.SUBMITTED}', submitted_at = $3, updated_at = CURRENT_TIMESTAMP
      WHERE id = $1 AND (SELECT count(*) FROM scored) + (SELECT count(*) FROM superseded) >= 0
     RETURNING *`,
    [draft.id, draft.supersedesId, submittedAt, ...values],
  );
  return updated.length > 0 ? assessmentOf(manager, updated[0]) : null;
}
