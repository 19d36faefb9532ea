import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A council's own stored scores (its latest submission in the rounds, in one scope) were read by a
 * statement sent afresh with every council position and breakthrough matrix, so PostgreSQL planned
 * it every time: with row-level security on assessment and assessment_score, that means expanding
 * both tables' policies and inlining the viewer functions they call, about 1.1 ms of the read's
 * 1.6 ms of database time at sector scale. touchstone_own_scores is the same query kept in a
 * function whose plan the server keeps for the connection (a generic plan: the parameters only
 * choose index keys, so the plan is the same for every council).
 *
 * It runs as its caller (SECURITY INVOKER), so the API role's row-level security applies to every
 * row exactly as before: the policies still derive the viewer from the session's secret and still
 * decide which councils' assessments and scores come back. It widens nothing.
 */
export class ReadOwnScoresWithCachedPlan1796176303717 implements MigrationInterface {
  name = 'ReadOwnScoresWithCachedPlan1796176303717';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION touchstone_own_scores(p_council uuid, p_framework uuid, p_rounds text[], p_scope text)
      RETURNS TABLE (subject_id uuid, dimension_id uuid, score numeric, score_numerator double precision, score_denominator double precision,
                     answered integer, total integer, spread numeric, is_synthetic boolean)
      LANGUAGE sql STABLE SECURITY INVOKER
      SET search_path = public
      -- Planned once per connection: a custom plan per call would cost more than the read itself.
      SET plan_cache_mode = force_generic_plan
      AS $$
        WITH latest AS (
          SELECT a.id, a.is_synthetic FROM assessment a
           WHERE a.council_id = p_council AND a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted'
           ORDER BY a.round DESC LIMIT 1)
        SELECT s.subject_id, s.dimension_id, s.score, s.score_numerator::float8, s.score_denominator::float8,
               s.answered, s.total, s.spread, l.is_synthetic
          FROM latest l JOIN assessment_score s ON s.assessment_id = l.id WHERE s.scope = p_scope
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_own_scores(uuid, uuid, text[], text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_own_scores(uuid, uuid, text[], text) TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_own_scores(uuid, uuid, text[], text)`);
  }
}
