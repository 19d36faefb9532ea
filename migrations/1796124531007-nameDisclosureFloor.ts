import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database's floor of disclosure becomes one named constant, touchstone_disclosure_floor(): no
 * reviewed function returns a figure about fewer councils than it, whatever the caller asks. The
 * API's DISCLOSURE_FLOOR (api/src/common/disclosure-floor.ts) is the same number, and a test
 * checks that the two agree. Changing it means a new migration that replaces this function.
 *
 * The breakthrough matrix's pairs also say how many councils have every rated item on one level
 * of either dimension, so the API's disclosure module can apply the group-disclosure rule to the
 * matrix's shares as it does to every other distribution.
 */
export class NameDisclosureFloor1796124531007 implements MigrationInterface {
  name = 'NameDisclosureFloor1796124531007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION touchstone_disclosure_floor() RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 3 $$`,
    );
    await queryRunner.query(
      `COMMENT ON FUNCTION touchstone_disclosure_floor() IS 'The fewest councils any figure returned by a touchstone_ function may describe; the API''s configured threshold is never below it.'`,
    );
    await queryRunner.query(`DROP FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid)`);
    await queryRunner.query(groupStatsFunction('touchstone_disclosure_floor()'));
    await grantToApi(queryRunner, 'touchstone_group_stats(uuid, text[], text, jsonb, uuid)');
    await queryRunner.query(`DROP FUNCTION touchstone_level_pairs(uuid, text[], uuid, uuid, int, int, uuid)`);
    await queryRunner.query(`CREATE FUNCTION touchstone_level_pairs(
        p_framework uuid, p_rounds text[], p_dim_a uuid, p_dim_b uuid, p_levels_a int, p_levels_b int, p_viewer uuid)
      RETURNS TABLE (level_a int, level_b int, n int, councils int, any_synthetic boolean, councils_on_one_level int)
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
      $$`);
    await grantToApi(queryRunner, 'touchstone_level_pairs(uuid, text[], uuid, uuid, int, int, uuid)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_level_pairs(uuid, text[], uuid, uuid, int, int, uuid)`);
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
    await grantToApi(queryRunner, 'touchstone_level_pairs(uuid, text[], uuid, uuid, int, int, uuid)');
    await queryRunner.query(`DROP FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid)`);
    await queryRunner.query(groupStatsFunction('3'));
    await grantToApi(queryRunner, 'touchstone_group_stats(uuid, text[], text, jsonb, uuid)');
    await queryRunner.query(`DROP FUNCTION touchstone_disclosure_floor()`);
  }
}

async function grantToApi(queryRunner: QueryRunner, signature: string): Promise<void> {
  await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
  await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO touchstone_api`);
}

/** touchstone_group_stats as 1795403000000 defined it, with its floor given: the named constant, or (going back) the literal it replaces. */
const groupStatsFunction = (
  floor: string,
) => `CREATE FUNCTION touchstone_group_stats(p_framework uuid, p_rounds text[], p_scope text, p_groups jsonb, p_viewer uuid)
      RETURNS TABLE (group_key text, subject_id uuid, dimension_id uuid, others int, median double precision, q1 double precision,
                     q3 double precision, mad double precision, level_counts int[], any_synthetic boolean, stale boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        WITH asked AS (
          SELECT key AS group_key, value AS members_hash FROM jsonb_each_text(p_groups)
        ), current_groups AS MATERIALIZED (
          SELECT a.group_key
            FROM asked a
            JOIN peer_distribution_state s
              ON s.framework_id = p_framework AND s.rounds = p_rounds AND s.scope = p_scope AND s.group_key = a.group_key
             AND s.members_hash = a.members_hash
             AND s.data_version = coalesce((SELECT version FROM benchmark_data_version WHERE framework_id = p_framework), 0)
        ), cell AS MATERIALIZED (
          -- The arrays are stored compressed and out of line; concatenating an empty array unpacks
          -- each once here rather than at every one of the subscripts below.
          SELECT d.group_key, d.subject_id, d.dimension_id, d.q1, d.median, d.q3, d.mad, d.level_counts, d.any_synthetic,
                 d.scores || '{}'::double precision[] AS scores, d.score_levels || '{}'::int[] AS score_levels,
                 array_position(d.councils, p_viewer) AS own
            FROM peer_distribution d
           WHERE d.framework_id = p_framework AND d.rounds = p_rounds AND d.scope = p_scope
             AND d.group_key IN (SELECT group_key FROM current_groups)
        ), placed AS MATERIALIZED (
          -- The viewer's council is never its own peer: where it contributes, its score is taken out.
          SELECT c.group_key, c.subject_id, c.dimension_id, c.any_synthetic, c.own,
                 cardinality(c.scores) - (c.own IS NOT NULL)::int AS others,
                 CASE WHEN c.own IS NULL THEN ARRAY[c.q1, c.median, c.q3]
                      ELSE ARRAY[touchstone_quantile_without(c.scores, c.own, 0.25), touchstone_quantile_without(c.scores, c.own, 0.5),
                                 touchstone_quantile_without(c.scores, c.own, 0.75)] END AS quartiles,
                 c.mad, c.scores,
                 CASE WHEN c.own IS NULL THEN c.level_counts
                      ELSE (SELECT array_agg(n - (i = c.score_levels[c.own] + 1)::int ORDER BY i)
                              FROM unnest(c.level_counts) WITH ORDINALITY lc(n, i)) END AS level_counts
            FROM cell c
        ), measured AS (
          SELECT p.*,
                 CASE WHEN p.own IS NULL THEN p.mad
                      ELSE (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(x - p.quartiles[2]))
                              FROM unnest(p.scores) WITH ORDINALITY u(x, i) WHERE i <> p.own) END AS own_mad
            FROM placed p
        )
        -- Never figures about fewer than ${floor} councils, whatever the caller asked for.
        SELECT m.group_key, m.subject_id, m.dimension_id, m.others,
               CASE WHEN m.others >= ${floor} THEN m.quartiles[2] END,
               CASE WHEN m.others >= ${floor} THEN m.quartiles[1] END,
               CASE WHEN m.others >= ${floor} THEN m.quartiles[3] END,
               CASE WHEN m.others >= ${floor} THEN m.own_mad END,
               CASE WHEN m.others >= ${floor} THEN m.level_counts END,
               m.any_synthetic, false
          FROM measured m
         WHERE m.others > 0
        UNION ALL
        SELECT a.group_key, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, false, true
          FROM asked a
         WHERE a.group_key NOT IN (SELECT group_key FROM current_groups)
      $$`;
