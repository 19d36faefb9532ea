import type { Read } from '../../common/database/read-together';

import type { ScoreScope } from './assessment-score.entity';

/**
 * The reads other modules make of assessment tables, written here beside the tables they read, so
 * that a change to those tables meets every query of them. Each is a statement to run in the
 * viewer's transaction: row-level security decides which councils' rows it sees.
 */

export type OwnScoreRow = {
  subject_id: string;
  dimension_id: string;
  /** For display only. */
  score: number | null;
  /** The exact score over `score_denominator` (common/exact-score.ts): compare these. */
  score_numerator: number | null;
  score_denominator: number;
  answered: number;
  total: number;
  spread: number | null;
  is_synthetic: boolean;
};

/**
 * A council's stored scores (in one scope) from its latest submission in the rounds, and whether that
 * submission is synthetic: touchstone_own_scores, which runs under the caller's row-level security and
 * keeps its plan for the connection.
 */
export function ownScoresRead(councilId: string, frameworkId: string, rounds: string[], scope: ScoreScope): Read<OwnScoreRow> {
  return { sql: `SELECT * FROM touchstone_own_scores($1, $2, $3, $4)`, params: [councilId, frameworkId, rounds, scope] };
}

export type SubmittedAgreedRatingRow = { council_id: string; item_id: string; dimension_id: string; level_id: string };

/** The agreed ratings of the councils' submitted assessments for a framework version and round (no notes). */
export function submittedAgreedRatingsRead(frameworkId: string, round: string, councilIds: string[]): Read<SubmittedAgreedRatingRow> {
  return {
    sql: `SELECT a.council_id, r.item_id, r.dimension_id, r.level_id
            FROM assessment a JOIN agreed_rating r ON r.assessment_id = a.id
           WHERE a.framework_id = $1 AND a.round = $2 AND a.status = 'submitted' AND a.council_id = ANY ($3)`,
    params: [frameworkId, round, councilIds],
  };
}
