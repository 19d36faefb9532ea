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
    await replaceInFunction(queryRunner, GROUP_STATS, FLOOR_LITERALS, FLOOR_NAMED);
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
    await replaceInFunction(queryRunner, GROUP_STATS, FLOOR_NAMED, FLOOR_LITERALS);
    await queryRunner.query(`DROP FUNCTION touchstone_disclosure_floor()`);
  }
}

async function grantToApi(queryRunner: QueryRunner, signature: string): Promise<void> {
  await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
  await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO touchstone_api`);
}

const GROUP_STATS = 'touchstone_group_stats(uuid, text[], text, jsonb, uuid)';

/** The floor as touchstone_group_stats (1795403000000) writes it, and as it is written from now on. */
const FLOOR_LITERALS = ['>= 3 THEN', 'fewer than 3 councils'];
const FLOOR_NAMED = ['>= touchstone_disclosure_floor() THEN', 'fewer than touchstone_disclosure_floor() councils'];

/**
 * Rewrites a function in place (CREATE OR REPLACE keeps its grants and security settings), each
 * text in `from` replaced by the one at the same place in `to`; fails if any is not found, so the
 * migration never silently leaves a literal behind.
 */
async function replaceInFunction(queryRunner: QueryRunner, signature: string, from: string[], to: string[]): Promise<void> {
  const [{ definition }]: { definition: string }[] = await queryRunner.query(`SELECT pg_get_functiondef($1::regprocedure) AS definition`, [
    signature,
  ]);
  let rewritten = definition;
  for (const [i, text] of from.entries()) {
    if (!rewritten.includes(text)) throw new Error(`${signature} does not contain "${text}"`);
    rewritten = rewritten.split(text).join(to[i]);
  }
  await queryRunner.query(rewritten);
}
