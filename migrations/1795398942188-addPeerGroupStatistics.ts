import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Circumstances can be synthetic demo data, and the benchmark engine gets its one reviewed path
 * across councils: touchstone_group_stats returns aggregates of stored scores for several peer
 * groups at once, never a council's row. It applies the absolute minimum of 3 other councils
 * itself, so even a faulty caller cannot ask it for one council's figure; the configured threshold
 * and the other disclosure rules are applied by the API's disclosure module. The earlier
 * single-group function is replaced by it.
 */
export class AddPeerGroupStatistics1795398942188 implements MigrationInterface {
  name = 'AddPeerGroupStatistics1795398942188';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_circumstance" ADD "is_synthetic" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "ix_council_circumstance_round" ON "council_circumstance" ("round", "kind")`);
    await queryRunner.query(`DROP FUNCTION touchstone_section_stats(uuid, text, uuid, uuid)`);
    await queryRunner.query(GROUP_STATS_FUNCTION);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid, int) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid, int) TO touchstone_api`);
    // The joint distribution of item levels on two dimensions (e.g. progress × plan coverage) across
    // other councils' latest submissions, counted over all items: cells, never a council's answers.
    await queryRunner.query(`CREATE FUNCTION touchstone_level_pairs(
        p_framework uuid, p_rounds text[], p_dim_a uuid, p_dim_b uuid, p_levels_a int, p_levels_b int, p_viewer uuid)
      RETURNS TABLE (level_a int, level_b int, n int, councils int, any_synthetic boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
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
        ), totals AS (SELECT count(DISTINCT council_id)::int AS councils, bool_or(is_synthetic) AS any_synthetic FROM pairs)
        SELECT p.level_a, p.level_b, count(*)::int, t.councils, t.any_synthetic
          FROM pairs p CROSS JOIN totals t
         WHERE t.councils >= 3
         GROUP BY p.level_a, p.level_b, t.councils, t.any_synthetic
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_level_pairs(uuid, text[], uuid, uuid, int, int, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_level_pairs(uuid, text[], uuid, uuid, int, int, uuid) TO touchstone_api`);
    // Which councils submitted in the rounds: participation, never results. The disclosure module
    // uses it to stop two groups that differ by a few councils being served side by side.
    await queryRunner.query(SUBMITTING_COUNCILS_FUNCTION);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_submitting_councils(uuid, text[]) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_submitting_councils(uuid, text[]) TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_submitting_councils(uuid, text[])`);
    await queryRunner.query(`DROP FUNCTION touchstone_level_pairs(uuid, text[], uuid, uuid, int, int, uuid)`);
    await queryRunner.query(`DROP FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid, int)`);
    await queryRunner.query(`CREATE FUNCTION touchstone_section_stats(p_framework uuid, p_round text, p_dimension uuid, p_council uuid)
      RETURNS TABLE (subject_id uuid, others bigint, median double precision, q1 double precision, q3 double precision, own double precision, any_synthetic boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT s.subject_id,
               count(*) FILTER (WHERE a.council_id <> p_council AND s.score IS NOT NULL),
               percentile_cont(0.5)  WITHIN GROUP (ORDER BY s.score::double precision) FILTER (WHERE a.council_id <> p_council),
               percentile_cont(0.25) WITHIN GROUP (ORDER BY s.score::double precision) FILTER (WHERE a.council_id <> p_council),
               percentile_cont(0.75) WITHIN GROUP (ORDER BY s.score::double precision) FILTER (WHERE a.council_id <> p_council),
               CASE WHEN current_setting('touchstone.scope', true) = 'all'
                      OR p_council = ANY (touchstone_setting_ids('touchstone.full_councils'))
                    THEN max(s.score::double precision) FILTER (WHERE a.council_id = p_council) END,
               bool_or(a.is_synthetic)
          FROM assessment a
          JOIN assessment_score s ON s.assessment_id = a.id
         WHERE a.framework_id = p_framework AND a.round = p_round AND a.status = 'submitted'
           AND s.scope = 'section' AND s.dimension_id = p_dimension
         GROUP BY s.subject_id
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_section_stats(uuid, text, uuid, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_section_stats(uuid, text, uuid, uuid) TO touchstone_api`);
    await queryRunner.query(`DROP INDEX "ix_council_circumstance_round"`);
    await queryRunner.query(`ALTER TABLE "council_circumstance" DROP COLUMN "is_synthetic"`);
  }
}

/** touchstone_group_stats as this migration creates it; a later migration's down() restores it from here. */
export const GROUP_STATS_FUNCTION = `CREATE FUNCTION touchstone_group_stats(
        p_framework uuid, p_rounds text[], p_scope text, p_groups jsonb, p_viewer uuid, p_levels int)
      -- p_levels: scales have at most 10 levels (the distribution counts are built for 10).
      RETURNS TABLE (group_key text, subject_id uuid, dimension_id uuid, others int, median double precision, q1 double precision,
                     q3 double precision, mad double precision, level_counts int[], any_synthetic boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        WITH members AS MATERIALIZED (
          SELECT g.key AS group_key, m.value::uuid AS council_id
            FROM jsonb_each(p_groups) g CROSS JOIN LATERAL jsonb_array_elements_text(g.value) m
        ), latest AS MATERIALIZED (
          -- The latest submission per council within the rounds asked for; never the viewer's own.
          SELECT DISTINCT ON (a.council_id) a.id, a.council_id, a.is_synthetic
            FROM assessment a
           WHERE a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted'
             AND a.council_id IS DISTINCT FROM p_viewer
           ORDER BY a.council_id, a.round DESC
        ), peer AS MATERIALIZED (
          -- Each score also on the scale's nearest level, for the distribution over levels.
          SELECT m.group_key, s.subject_id, s.dimension_id, s.score::double precision AS score, l.is_synthetic,
                 round(s.score * (p_levels - 1) / 100.0)::int AS level
            FROM latest l
            JOIN assessment_score s ON s.assessment_id = l.id
            JOIN members m ON m.council_id = l.council_id
           WHERE s.scope = p_scope AND s.score IS NOT NULL
        ), stats AS MATERIALIZED (
          SELECT group_key, subject_id, dimension_id, count(*)::int AS others,
                 percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY score) AS quartiles,
                 (ARRAY[count(*) FILTER (WHERE level = 0), count(*) FILTER (WHERE level = 1), count(*) FILTER (WHERE level = 2), count(*) FILTER (WHERE level = 3), count(*) FILTER (WHERE level = 4), count(*) FILTER (WHERE level = 5), count(*) FILTER (WHERE level = 6), count(*) FILTER (WHERE level = 7), count(*) FILTER (WHERE level = 8), count(*) FILTER (WHERE level = 9)]::int[])[1:p_levels] AS level_counts,
                 bool_or(is_synthetic) AS any_synthetic
            FROM peer GROUP BY group_key, subject_id, dimension_id
        ), spread AS (
          SELECT p.group_key, p.subject_id, p.dimension_id,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(p.score - st.quartiles[2])) AS mad
            FROM peer p JOIN stats st USING (group_key, subject_id, dimension_id)
           GROUP BY p.group_key, p.subject_id, p.dimension_id
        )
        -- Never figures about fewer than 3 councils, whatever the caller asked for.
        SELECT st.group_key, st.subject_id, st.dimension_id, st.others,
               CASE WHEN st.others >= 3 THEN st.quartiles[2] END,
               CASE WHEN st.others >= 3 THEN st.quartiles[1] END,
               CASE WHEN st.others >= 3 THEN st.quartiles[3] END,
               CASE WHEN st.others >= 3 THEN sp.mad END,
               CASE WHEN st.others >= 3 THEN st.level_counts END,
               st.any_synthetic
          FROM stats st JOIN spread sp USING (group_key, subject_id, dimension_id)
      $$`;

/** touchstone_submitting_councils as this migration creates it; a later migration's down() restores it from here. */
export const SUBMITTING_COUNCILS_FUNCTION = `CREATE FUNCTION touchstone_submitting_councils(p_framework uuid, p_rounds text[])
      RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT council_id FROM assessment WHERE framework_id = p_framework AND round = ANY (p_rounds) AND status = 'submitted'
      $$`;
