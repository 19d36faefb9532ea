import type { EntityManager } from 'typeorm';

import { Assessment, AssessmentStatus } from './assessment.entity';

/**
 * The one-step submission's writes to the assessment row, each a single statement so that the
 * submission's transaction waits on the API as little as possible: the draft is opened together
 * with the look-up of the round's open draft and current submission, and marked submitted
 * together with superseding that submission, returning the row as stored.
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
 * Marks a scored draft submitted and, first, the submission it supersedes (if still current)
 * superseded: the superseding update runs to completion before the draft's row is changed (the
 * main update's condition reads it), so the round never has two current submissions even for a
 * moment. Returns the submitted row as stored (null if the viewer may not change it).
 */
export async function markSubmitted(manager: EntityManager, draft: Assessment, submittedAt: Date): Promise<Assessment | null> {
  // An UPDATE's result, through TypeORM's query(), is its rows and how many it changed.
  const [rows]: [Record<string, unknown>[], number] = await manager.query(
    `WITH superseded AS (
       UPDATE assessment SET status = '${AssessmentStatus.SUPERSEDED}', updated_at = CURRENT_TIMESTAMP
        WHERE id = $2 AND status = '${AssessmentStatus.SUBMITTED}' RETURNING id)
     UPDATE assessment SET status = '${AssessmentStatus.SUBMITTED}', submitted_at = $3, updated_at = CURRENT_TIMESTAMP
      WHERE id = $1 AND (SELECT count(*) FROM superseded) >= 0
     RETURNING *`,
    [draft.id, draft.supersedesId, submittedAt],
  );
  return rows.length > 0 ? assessmentOf(manager, rows[0]) : null;
}
