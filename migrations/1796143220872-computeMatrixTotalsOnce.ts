import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The breakthrough matrix's pairs in time linear in the items, whatever the planner's estimates.
 * touchstone_level_pairs took seconds per read where the planner expected a handful of rows (a
 * generic plan, or tables not yet analysed after a load): it re-ran the aggregates over all pairs
 * once per pair, and found each item's second dimension through the index by item, scanning every
 * council's score for that item. Now each assessment's item scores are read once through the index
 * by assessment and both dimensions taken from that pass, and the pairs, each council's levels, the
 * totals and the cells are each computed once (MATERIALIZED); only the few cells meet the one-row
 * totals. The results, and nothing about fewer councils than touchstone_disclosure_floor(), are as before.
 */
export class ComputeMatrixTotalsOnce1796143220872 implements MigrationInterface {
  name = 'ComputeMatrixTotalsOnce1796143220872';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(levelPairs(TOTALS_ONCE));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(levelPairs(TOTALS_PER_PAIR));
  }
}

/** CREATE OR REPLACE keeps the function's grants; the signature and result columns do not change. */
const levelPairs = (body: string) => `CREATE OR REPLACE FUNCTION touchstone_level_pairs(
    p_framework uuid, p_rounds text[], p_dim_a uuid, p_dim_b uuid, p_levels_a int, p_levels_b int, p_viewer uuid)
  RETURNS TABLE (level_a int, level_b int, n int, councils int, any_synthetic boolean, councils_on_one_level int)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $function$
${body}
      $function$`;

const TOTALS_ONCE = `        WITH latest AS (
          SELECT DISTINCT ON (a.council_id) a.id, a.council_id, a.is_synthetic
            FROM assessment a
           WHERE a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted' AND a.council_id IS DISTINCT FROM p_viewer
           ORDER BY a.council_id, a.round DESC
        ), pairs AS MATERIALIZED (
          -- Both dimensions' scores of an item from one pass over the assessment's item scores (its
          -- index by assessment), whatever the planner believes about how many rows there are.
          SELECT l.council_id, l.is_synthetic,
                 touchstone_nearest_level(max(s.score_numerator) FILTER (WHERE s.dimension_id = p_dim_a),
                                          max(s.score_denominator) FILTER (WHERE s.dimension_id = p_dim_a), p_levels_a) AS level_a,
                 touchstone_nearest_level(max(s.score_numerator) FILTER (WHERE s.dimension_id = p_dim_b),
                                          max(s.score_denominator) FILTER (WHERE s.dimension_id = p_dim_b), p_levels_b) AS level_b
            FROM latest l
            JOIN assessment_score s ON s.assessment_id = l.id AND s.scope = 'item' AND s.dimension_id IN (p_dim_a, p_dim_b) AND s.score_numerator IS NOT NULL
           GROUP BY l.council_id, l.is_synthetic, s.subject_id
          HAVING bool_or(s.dimension_id = p_dim_a) AND bool_or(s.dimension_id = p_dim_b)
        ), per_council AS MATERIALIZED (
          SELECT council_id, bool_or(is_synthetic) AS synthetic,
                 min(level_a) = max(level_a) AS one_a, min(level_a) AS a, min(level_b) = max(level_b) AS one_b, min(level_b) AS b
            FROM pairs GROUP BY council_id
        ), totals AS MATERIALIZED (
          -- One row, computed once: councils, whether any is synthetic, and for group disclosure the
          -- most councils that have every rated item on one level of either dimension.
          SELECT count(*)::int AS councils, bool_or(synthetic) AS any_synthetic,
                 (SELECT coalesce(max(n), 0)::int FROM (
                    SELECT count(*) AS n FROM per_council WHERE one_a GROUP BY a
                    UNION ALL
                    SELECT count(*) FROM per_council WHERE one_b GROUP BY b) x) AS councils_on_one_level
            FROM per_council
        ), cells AS MATERIALIZED (
          SELECT level_a, level_b, count(*)::int AS n FROM pairs GROUP BY level_a, level_b
        )
        SELECT c.level_a, c.level_b, c.n, t.councils, t.any_synthetic, t.councils_on_one_level
          FROM cells c CROSS JOIN totals t
         WHERE t.councils >= touchstone_disclosure_floor()`;

/** The body as 1796133965189-deriveScoresFromExactScores left it (its down() rewrites this text). */
const TOTALS_PER_PAIR = `        WITH latest AS (
          SELECT DISTINCT ON (a.council_id) a.id, a.council_id, a.is_synthetic
            FROM assessment a
           WHERE a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted' AND a.council_id IS DISTINCT FROM p_viewer
           ORDER BY a.council_id, a.round DESC
        ), pairs AS (
          SELECT l.council_id, l.is_synthetic,
                 touchstone_nearest_level(sa.score_numerator, sa.score_denominator, p_levels_a) AS level_a,
                 touchstone_nearest_level(sb.score_numerator, sb.score_denominator, p_levels_b) AS level_b
            FROM latest l
            JOIN assessment_score sa ON sa.assessment_id = l.id AND sa.scope = 'item' AND sa.dimension_id = p_dim_a AND sa.score_numerator IS NOT NULL
            JOIN assessment_score sb ON sb.assessment_id = l.id AND sb.scope = 'item' AND sb.dimension_id = p_dim_b AND sb.subject_id = sa.subject_id AND sb.score_numerator IS NOT NULL
        ), per_council AS (
          SELECT council_id, min(level_a) = max(level_a) AS one_a, min(level_a) AS a, min(level_b) = max(level_b) AS one_b, min(level_b) AS b
            FROM pairs GROUP BY council_id
        ), on_one_level AS (
          -- Group disclosure: the most councils that have every rated item on one level of either dimension.
          SELECT coalesce(max(n), 0)::int AS councils FROM (
            SELECT count(*) AS n FROM per_council WHERE one_a GROUP BY a
            UNION ALL
            SELECT count(*) FROM per_council WHERE one_b GROUP BY b) x
        ), totals AS (SELECT count(DISTINCT council_id)::int AS councils, bool_or(is_synthetic) AS any_synthetic FROM pairs)
        SELECT p.level_a, p.level_b, count(*)::int, t.councils, t.any_synthetic, o.councils
          FROM pairs p CROSS JOIN totals t CROSS JOIN on_one_level o
         WHERE t.councils >= touchstone_disclosure_floor()
         GROUP BY p.level_a, p.level_b, t.councils, t.any_synthetic, o.councils`;
