import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exact score becomes the score. The 0–100 figure is derived from it by the database (a
 * generated column, for display only), and the functions that place scores on levels or order them
 * read the exact numerators: touchstone_nearest_level() is the one tie rule for nearest level (a
 * score exactly halfway between two levels takes the higher), the same as nearestLevel() in
 * api/src/common/exact-score.ts. Stored peer distributions were built from rounded scores, so they
 * are cleared and rebuild on the next read.
 */
export class DeriveScoresFromExactScores1796133965189 implements MigrationInterface {
  name = 'DeriveScoresFromExactScores1796133965189';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_score" ALTER COLUMN "score_denominator" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ADD CONSTRAINT "ck_assessment_score_exact"
      CHECK (score_denominator > 0 AND (score_numerator IS NULL OR score_numerator BETWEEN 0 AND score_denominator))`);
    await queryRunner.query(`DROP INDEX "ix_assessment_score_assessment_scope"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" DROP COLUMN "score"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ADD "score" numeric(6,3)
      GENERATED ALWAYS AS (round(100.0 * score_numerator / score_denominator, 3)) STORED`);
    await queryRunner.query(`CREATE INDEX "ix_assessment_score_assessment_scope" ON "assessment_score" ("assessment_id", "scope")
      INCLUDE ("subject_id", "dimension_id", "score_numerator", "score_denominator")`);
    await queryRunner.query(`CREATE FUNCTION touchstone_nearest_level(p_numerator bigint, p_denominator bigint, p_levels int) RETURNS int
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ((2 * p_numerator * (p_levels - 1) + p_denominator) / (2 * p_denominator))::int $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION touchstone_nearest_level(bigint, bigint, int) IS 'The level (0 = lowest) nearest an exact score; exactly halfway takes the higher level.'`,
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.touchstone_build_peer_distribution(p_framework uuid, p_rounds text[], p_scope text, p_group text, p_members uuid[], p_hash text, p_version bigint)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        DELETE FROM peer_distribution_state WHERE framework_id = p_framework AND rounds = p_rounds AND scope = p_scope AND group_key = p_group;
        INSERT INTO peer_distribution_state (framework_id, rounds, scope, group_key, members_hash, data_version)
             VALUES (p_framework, p_rounds, p_scope, p_group, p_hash, p_version);
        WITH latest AS (
          SELECT DISTINCT ON (a.council_id) a.id, a.council_id, a.is_synthetic
            FROM assessment a
           WHERE a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted' AND a.council_id = ANY (p_members)
           ORDER BY a.council_id, a.round DESC
        ), dimension_levels AS (
          SELECT d.id AS dimension_id, count(l.id)::int AS levels
            FROM rating_dimension d JOIN rating_level l ON l.dimension_id = d.id
           WHERE d.framework_id = p_framework GROUP BY d.id
        ), peer AS (
          -- Scores in numerator units (exact integers in double precision), and each on its nearest level by the one tie rule.
          SELECT s.subject_id, s.dimension_id, l.council_id, l.is_synthetic, s.score_numerator::double precision AS score, dl.levels,
                 touchstone_nearest_level(s.score_numerator, s.score_denominator, dl.levels) AS level
            FROM latest l
            JOIN assessment_score s ON s.assessment_id = l.id
            JOIN dimension_levels dl ON dl.dimension_id = s.dimension_id
           WHERE s.scope = p_scope AND s.score_numerator IS NOT NULL
        ), stats AS (
          SELECT subject_id, dimension_id, levels,
                 array_agg(council_id ORDER BY score, council_id) AS councils,
                 array_agg(score ORDER BY score, council_id) AS scores,
                 array_agg(level ORDER BY score, council_id) AS score_levels,
                 percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY score) AS quartiles,
                 bool_or(is_synthetic) AS any_synthetic
            FROM peer GROUP BY subject_id, dimension_id, levels
        )
        INSERT INTO peer_distribution (framework_id, rounds, scope, group_key, subject_id, dimension_id, councils, scores, score_levels,
                                       median, q1, q3, mad, level_counts, any_synthetic)
        SELECT p_framework, p_rounds, p_scope, p_group, st.subject_id, st.dimension_id, st.councils, st.scores, st.score_levels,
               st.quartiles[2], st.quartiles[1], st.quartiles[3],
               (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(x - st.quartiles[2])) FROM unnest(st.scores) x),
               (SELECT array_agg((SELECT count(*)::int FROM unnest(st.score_levels) x WHERE x = level) ORDER BY level)
                  FROM generate_series(0, st.levels - 1) level),
               st.any_synthetic
          FROM stats st
      $function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.touchstone_level_pairs(p_framework uuid, p_rounds text[], p_dim_a uuid, p_dim_b uuid, p_levels_a integer, p_levels_b integer, p_viewer uuid)
 RETURNS TABLE(level_a integer, level_b integer, n integer, councils integer, any_synthetic boolean, councils_on_one_level integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        WITH latest AS (
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
         GROUP BY p.level_a, p.level_b, t.councils, t.any_synthetic, o.councils
      $function$`);
    await queryRunner.query(`DELETE FROM peer_distribution`);
    await queryRunner.query(`DELETE FROM peer_distribution_state`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM peer_distribution_state`);
    await queryRunner.query(`DELETE FROM peer_distribution`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.touchstone_level_pairs(p_framework uuid, p_rounds text[], p_dim_a uuid, p_dim_b uuid, p_levels_a integer, p_levels_b integer, p_viewer uuid)
 RETURNS TABLE(level_a integer, level_b integer, n integer, councils integer, any_synthetic boolean, councils_on_one_level integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        WITH latest AS (
          SELECT DISTINCT ON (a.council_id) a.id, a.council_id, a.is_synthetic
            FROM assessment a
           WHERE a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted' AND a.council_id IS DISTINCT FROM p_viewer
           ORDER BY a.council_id, a.round DESC
        ), pairs AS (
          SELECT l.council_id, l.is_synthetic,
                 round(sa.score * (p_levels_a - 1) / 100.0)::int AS level_a,
                 round(sb.score * (p_levels_b - 1) / 100.0)::int AS level_b
            FROM latest l
            JOIN assessment_score sa ON sa.assessment_id = l.id AND sa.scope = 'item' AND sa.dimension_id = p_dim_a AND sa.score IS NOT NULL
            JOIN assessment_score sb ON sb.assessment_id = l.id AND sb.scope = 'item' AND sb.dimension_id = p_dim_b AND sb.subject_id = sa.subject_id AND sb.score IS NOT NULL
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
         GROUP BY p.level_a, p.level_b, t.councils, t.any_synthetic, o.councils
      $function$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.touchstone_build_peer_distribution(p_framework uuid, p_rounds text[], p_scope text, p_group text, p_members uuid[], p_hash text, p_version bigint)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        DELETE FROM peer_distribution_state WHERE framework_id = p_framework AND rounds = p_rounds AND scope = p_scope AND group_key = p_group;
        INSERT INTO peer_distribution_state (framework_id, rounds, scope, group_key, members_hash, data_version)
             VALUES (p_framework, p_rounds, p_scope, p_group, p_hash, p_version);
        WITH latest AS (
          SELECT DISTINCT ON (a.council_id) a.id, a.council_id, a.is_synthetic
            FROM assessment a
           WHERE a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted' AND a.council_id = ANY (p_members)
           ORDER BY a.council_id, a.round DESC
        ), dimension_levels AS (
          SELECT d.id AS dimension_id, count(l.id)::int AS levels
            FROM rating_dimension d JOIN rating_level l ON l.dimension_id = d.id
           WHERE d.framework_id = p_framework GROUP BY d.id
        ), peer AS (
          SELECT s.subject_id, s.dimension_id, l.council_id, l.is_synthetic, s.score::double precision AS score, dl.levels,
                 round(s.score * (dl.levels - 1) / 100.0)::int AS level
            FROM latest l
            JOIN assessment_score s ON s.assessment_id = l.id
            JOIN dimension_levels dl ON dl.dimension_id = s.dimension_id
           WHERE s.scope = p_scope AND s.score IS NOT NULL
        ), stats AS (
          SELECT subject_id, dimension_id, levels,
                 array_agg(council_id ORDER BY score, council_id) AS councils,
                 array_agg(score ORDER BY score, council_id) AS scores,
                 array_agg(level ORDER BY score, council_id) AS score_levels,
                 percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY score) AS quartiles,
                 bool_or(is_synthetic) AS any_synthetic
            FROM peer GROUP BY subject_id, dimension_id, levels
        )
        INSERT INTO peer_distribution (framework_id, rounds, scope, group_key, subject_id, dimension_id, councils, scores, score_levels,
                                       median, q1, q3, mad, level_counts, any_synthetic)
        SELECT p_framework, p_rounds, p_scope, p_group, st.subject_id, st.dimension_id, st.councils, st.scores, st.score_levels,
               st.quartiles[2], st.quartiles[1], st.quartiles[3],
               (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(x - st.quartiles[2])) FROM unnest(st.scores) x),
               (SELECT array_agg((SELECT count(*)::int FROM unnest(st.score_levels) x WHERE x = level) ORDER BY level)
                  FROM generate_series(0, st.levels - 1) level),
               st.any_synthetic
          FROM stats st
      $function$`);
    await queryRunner.query(`DROP FUNCTION touchstone_nearest_level(bigint, bigint, int)`);
    await queryRunner.query(`DROP INDEX "ix_assessment_score_assessment_scope"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ADD "score_plain" numeric(6,3)`);
    await queryRunner.query(`UPDATE "assessment_score" SET "score_plain" = "score"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" DROP COLUMN "score"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" RENAME COLUMN "score_plain" TO "score"`);
    await queryRunner.query(
      `CREATE INDEX "ix_assessment_score_assessment_scope" ON "assessment_score" ("assessment_id", "scope") INCLUDE ("subject_id", "dimension_id", "score")`,
    );
    await queryRunner.query(`ALTER TABLE "assessment_score" DROP CONSTRAINT "ck_assessment_score_exact"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ALTER COLUMN "score_denominator" DROP NOT NULL`);
  }
}
