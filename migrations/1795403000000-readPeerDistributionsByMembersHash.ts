import type { MigrationInterface, QueryRunner } from 'typeorm';

import { SUBMITTING_COUNCILS_FUNCTION } from './1795398942188-addPeerGroupStatistics';
import { STORED_GROUP_STATS_FUNCTION } from './1795402000000-storePeerDistributions';

/**
 * Benchmark reads name each peer group's members by a hash instead of sending the list.
 *
 * Sending every member of every group on every read, for the database to parse, sort and hash, cost
 * more than reading the stored figures. Now touchstone_group_stats takes { group key: members hash }
 * and answers from the stored distributions whose hash and data version are current; a group that
 * is not current comes back as one row marked stale, without figures. The caller then sends that
 * group's members once to touchstone_refresh_peer_distributions, which rebuilds it, and asks again.
 * The hash is md5 of the members' ids sorted and written as PostgreSQL writes a uuid[] ("{a,b}"),
 * computed here on rebuild, so a caller's hash names exactly one membership.
 *
 * Who submitted in each round (for the differencing check) comes back as one array per round, from
 * an index that holds the answer.
 */
export class ReadPeerDistributionsByMembersHash1795403000000 implements MigrationInterface {
  name = 'ReadPeerDistributionsByMembersHash1795403000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid)`);
    await queryRunner.query(`CREATE FUNCTION touchstone_group_stats(p_framework uuid, p_rounds text[], p_scope text, p_groups jsonb, p_viewer uuid)
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
        -- Never figures about fewer than 3 councils, whatever the caller asked for.
        SELECT m.group_key, m.subject_id, m.dimension_id, m.others,
               CASE WHEN m.others >= 3 THEN m.quartiles[2] END,
               CASE WHEN m.others >= 3 THEN m.quartiles[1] END,
               CASE WHEN m.others >= 3 THEN m.quartiles[3] END,
               CASE WHEN m.others >= 3 THEN m.own_mad END,
               CASE WHEN m.others >= 3 THEN m.level_counts END,
               m.any_synthetic, false
          FROM measured m
         WHERE m.others > 0
        UNION ALL
        SELECT a.group_key, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, false, true
          FROM asked a
         WHERE a.group_key NOT IN (SELECT group_key FROM current_groups)
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid) TO touchstone_api`);

    // Rebuilds the groups given as { group key: [member ids] } whose stored distribution is not
    // current. One rebuild at a time per group, taken in key order so two callers cannot deadlock;
    // whoever waited finds the group current and leaves it.
    await queryRunner.query(`CREATE FUNCTION touchstone_refresh_peer_distributions(p_framework uuid, p_rounds text[], p_scope text, p_groups jsonb)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_version bigint := coalesce((SELECT version FROM benchmark_data_version WHERE framework_id = p_framework), 0);
        g record;
      BEGIN
        FOR g IN
          SELECT k.key, md5(members::text) AS members_hash, members
            FROM jsonb_each(p_groups) k,
                 LATERAL (SELECT coalesce(array_agg(value::uuid ORDER BY value::uuid), '{}') AS members FROM jsonb_array_elements_text(k.value)) m
           ORDER BY k.key
        LOOP
          PERFORM pg_advisory_xact_lock(hashtextextended(p_framework::text || array_to_string(p_rounds, ',') || p_scope || g.key, 0));
          IF NOT EXISTS (SELECT 1 FROM peer_distribution_state s
                          WHERE s.framework_id = p_framework AND s.rounds = p_rounds AND s.scope = p_scope AND s.group_key = g.key
                            AND s.members_hash = g.members_hash AND s.data_version = v_version) THEN
            PERFORM touchstone_build_peer_distribution(p_framework, p_rounds, p_scope, g.key, g.members, g.members_hash, v_version);
          END IF;
        END LOOP;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_refresh_peer_distributions(uuid, text[], text, jsonb) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_refresh_peer_distributions(uuid, text[], text, jsonb) TO touchstone_api`);

    // Participation only: which councils submitted in each round, as one array per round.
    await queryRunner.query(`CREATE INDEX "ix_assessment_submitted_by_round" ON "assessment" ("framework_id", "round", "council_id") WHERE status = 'submitted'`);
    await queryRunner.query(`DROP FUNCTION touchstone_submitting_councils(uuid, text[])`);
    await queryRunner.query(`CREATE FUNCTION touchstone_submitting_councils_by_round(p_framework uuid, p_rounds text[])
      RETURNS TABLE (round text, councils uuid[]) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT a.round, array_agg(a.council_id) FROM assessment a
         WHERE a.framework_id = p_framework AND a.round = ANY (p_rounds) AND a.status = 'submitted'
         GROUP BY a.round
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_submitting_councils_by_round(uuid, text[]) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_submitting_councils_by_round(uuid, text[]) TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_submitting_councils_by_round(uuid, text[])`);
    await queryRunner.query(SUBMITTING_COUNCILS_FUNCTION);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_submitting_councils(uuid, text[]) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_submitting_councils(uuid, text[]) TO touchstone_api`);
    await queryRunner.query(`DROP INDEX ix_assessment_submitted_by_round`);
    await queryRunner.query(`DROP FUNCTION touchstone_refresh_peer_distributions(uuid, text[], text, jsonb)`);
    await queryRunner.query(`DROP FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid)`);
    await queryRunner.query(STORED_GROUP_STATS_FUNCTION);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid) TO touchstone_api`);
  }
}
