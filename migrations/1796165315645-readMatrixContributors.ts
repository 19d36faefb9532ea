import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The breakthrough matrix's peer shares go through the release ledger (release-ledger.ts; the
 * matrix's own rules are in api/src/modules/benchmark/matrix-release.ts), so its contributing
 * submissions must be known in the same snapshot as its figures.
 *
 * touchstone_matrix_contributors gives, for a matrix (framework version, rounds, two dimensions),
 * the set of submissions its shares are computed from, the viewer's included: each council's latest
 * submission in the rounds, as touchstone_level_pairs chooses it, where at least one item is rated on
 * both dimensions (the councils touchstone_level_pairs counts). It names the ledger's subject for the
 * matrix, the two dimensions in uuid order (the matrix and its transpose are the same figures), says
 * whether exactly that set has been released or refused before (then its numbers are not sent), and
 * gives the viewer's own submissions. A council's latest submission is found with one index probe or
 * two (an item rated on both), so this costs little beside the figures. Nothing about fewer councils
 * than touchstone_disclosure_floor().
 */
export class ReadMatrixContributors1796165315645 implements MigrationInterface {
  name = 'ReadMatrixContributors1796165315645';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION touchstone_matrix_contributors(p_framework uuid, p_rounds text[], p_dim_a uuid, p_dim_b uuid, p_viewer uuid)
      RETURNS TABLE (subject_id uuid, dimension_id uuid, submissions int[], released boolean, refused boolean, viewer_submissions int[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        WITH latest AS (
          -- As touchstone_level_pairs chooses them, but the viewer's included: a release is recorded with it.
          SELECT DISTINCT ON (a.council_id) a.id
            FROM assessment a
           WHERE a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted'
           ORDER BY a.council_id, a.round DESC
        ), contributing AS MATERIALIZED (
          SELECT coalesce(array_agg(n.id ORDER BY n.id), '{}') AS ids
            FROM latest l
            JOIN release_submission n ON n.assessment_id = l.id
           WHERE EXISTS (
                   SELECT 1
                     FROM assessment_score sa
                     JOIN assessment_score sb
                       ON sb.assessment_id = sa.assessment_id AND sb.scope = 'item' AND sb.subject_id = sa.subject_id
                      AND sb.dimension_id = p_dim_b AND sb.score_numerator IS NOT NULL
                    WHERE sa.assessment_id = l.id AND sa.scope = 'item' AND sa.dimension_id = p_dim_a AND sa.score_numerator IS NOT NULL)
        ), own AS MATERIALIZED (
          SELECT coalesce(array_agg(n.id ORDER BY n.id), '{}') AS ids
            FROM release_submission n WHERE n.council_id = p_viewer AND n.framework_id = p_framework
        ), subject AS (
          SELECT least(p_dim_a, p_dim_b) AS subject_id, greatest(p_dim_a, p_dim_b) AS dimension_id
        )
        -- A set released before needs no more checking, so its numbers are not sent.
        SELECT s.subject_id, s.dimension_id, CASE WHEN r.id IS NULL THEN c.ids END,
               r.id IS NOT NULL AND NOT r.refused, coalesce(r.refused, false), o.ids
          FROM contributing c
          CROSS JOIN own o
          CROSS JOIN subject s
          LEFT JOIN benchmark_release r
            ON r.framework_id = p_framework AND r.scope = 'matrix' AND r.subject_id = s.subject_id
           AND r.dimension_id = s.dimension_id AND r.submissions_hash = md5(c.ids::text)::uuid
         WHERE cardinality(c.ids) >= touchstone_disclosure_floor()
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_matrix_contributors(uuid, text[], uuid, uuid, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_matrix_contributors(uuid, text[], uuid, uuid, uuid) TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_matrix_contributors(uuid, text[], uuid, uuid, uuid)`);
  }
}
