import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the exact score of every stored score. A stored score was the mean of `answered` items,
 * each a whole number of half-steps of its scale, written to 0–100 with level scores rounded to two
 * decimals (33.33, 66.67) and the mean to three: the true score is the nearest multiple of
 * 1 / (2 × (levels − 1) × answered) of the scale, and the rounding (at most 0.006 points) is far
 * smaller than half that spacing (at least 0.2 points for any framework loaded), so the nearest
 * multiple recovers it exactly. The numerator is then written over the subject's denominator.
 */
export class BackfillExactScores1796133960074 implements MigrationInterface {
  name = 'BackfillExactScores1796133960074';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`WITH scale AS (
        SELECT d.id AS dimension_id, count(l.id)::int AS levels
          FROM rating_dimension d JOIN rating_level l ON l.dimension_id = d.id GROUP BY d.id
      ), exact AS (
        SELECT s.assessment_id, s.subject_id, s.dimension_id,
               touchstone_score_denominator(sc.levels, s.total) AS denominator,
               CASE WHEN s.score IS NOT NULL AND s.answered > 0 THEN
                 round(s.score * 2 * (sc.levels - 1) * s.answered / 100.0)::bigint
                   * (touchstone_score_denominator(sc.levels, s.total) / (2 * (sc.levels - 1)) / s.answered)
               END AS numerator
          FROM assessment_score s JOIN scale sc ON sc.dimension_id = s.dimension_id
      )
      UPDATE assessment_score s SET score_numerator = e.numerator, score_denominator = e.denominator
        FROM exact e
       WHERE s.assessment_id = e.assessment_id AND s.subject_id = e.subject_id AND s.dimension_id = e.dimension_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE assessment_score SET score_numerator = NULL, score_denominator = NULL`);
  }
}
