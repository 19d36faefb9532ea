import type { MigrationInterface, QueryRunner } from 'typeorm';

import { GROUP_STATS_FUNCTION } from './1795398942188-addPeerGroupStatistics';

/**
 * Peer distributions are stored, so a benchmark read does not sort every council's scores again.
 *
 * For each framework, window of rounds, scope and fixed peer group, peer_distribution keeps one
 * row per subject and dimension: the group's latest scores in the window, sorted, with the council
 * each came from, and the group's own quartiles, MAD and level counts. A row set is current while
 * the group's membership (its hash) and the framework's submissions (benchmark_data_version, bumped
 * by a trigger whenever a submission appears, is superseded or is removed) are unchanged; the first
 * read after a change rebuilds it. Reads place the viewer's council outside its own peers by
 * taking its score out of the sorted list, which costs one small pass per cell.
 *
 * The tables are the owner's alone: the API role reaches them only through touchstone_group_stats,
 * which still returns aggregates of at least 3 councils and never a council's row.
 */
export class StorePeerDistributions1795402000000 implements MigrationInterface {
  name = 'StorePeerDistributions1795402000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE benchmark_data_version (
        framework_id uuid PRIMARY KEY REFERENCES framework (id) ON DELETE CASCADE,
        version bigint NOT NULL)`);
    await queryRunner.query(`CREATE FUNCTION touchstone_bump_benchmark_version() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO benchmark_data_version AS v (framework_id, version)
             VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.framework_id ELSE NEW.framework_id END, 1)
        ON CONFLICT (framework_id) DO UPDATE SET version = v.version + 1;
        RETURN NULL;
      END $$`);
    // Only a change in what is submitted changes a benchmark: drafts come and go freely. The
    // triggers are deferred to commit, when the submission's scores are written too, so concurrent
    // submissions hold the framework's version row only for the moment of committing.
    for (const [name, event, condition] of [
      ['assessment_submitted_insert', 'INSERT', `NEW.status = 'submitted'`],
      ['assessment_submitted_update', 'UPDATE', `(OLD.status = 'submitted') IS DISTINCT FROM (NEW.status = 'submitted') OR (NEW.status = 'submitted' AND OLD.round IS DISTINCT FROM NEW.round)`],
      ['assessment_submitted_delete', 'DELETE', `OLD.status = 'submitted'`],
    ]) {
      await queryRunner.query(`CREATE CONSTRAINT TRIGGER ${name} AFTER ${event} ON assessment DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (${condition}) EXECUTE FUNCTION touchstone_bump_benchmark_version()`);
    }

    await queryRunner.query(`CREATE TABLE peer_distribution_state (
        framework_id uuid NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
        rounds text[] NOT NULL,
        scope text NOT NULL,
        group_key text NOT NULL,
        members_hash text NOT NULL,
        data_version bigint NOT NULL,
        PRIMARY KEY (framework_id, rounds, scope, group_key))`);
    await queryRunner.query(`CREATE TABLE peer_distribution (
        framework_id uuid NOT NULL,
        rounds text[] NOT NULL,
        scope text NOT NULL,
        group_key text NOT NULL,
        subject_id uuid NOT NULL,
        dimension_id uuid NOT NULL,
        councils uuid[] NOT NULL,
        scores double precision[] NOT NULL,
        score_levels int[] NOT NULL,
        median double precision,
        q1 double precision,
        q3 double precision,
        mad double precision,
        level_counts int[] NOT NULL,
        any_synthetic boolean NOT NULL,
        PRIMARY KEY (framework_id, rounds, scope, group_key, subject_id, dimension_id),
        FOREIGN KEY (framework_id, rounds, scope, group_key) REFERENCES peer_distribution_state ON DELETE CASCADE)`);

    // Rebuilds one group's rows: the latest submission per member in the rounds, every subject of
    // the scope, scores sorted, with the group's own statistics (used as they are when the viewer
    // is not a contributor, as in the sector view).
    await queryRunner.query(`CREATE FUNCTION touchstone_build_peer_distribution(
        p_framework uuid, p_rounds text[], p_scope text, p_group text, p_members uuid[], p_hash text, p_version bigint)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
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
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_build_peer_distribution(uuid, text[], text, text, uuid[], text, bigint) FROM PUBLIC`);

    // A quantile of a sorted list with one entry (skip) left out, read straight from the list: the
    // same interpolation between the two nearest ranks as percentile_cont, without sorting again.
    // h is the 0-based rank among the n - 1 entries left; an entry at or after skip moves up one.
    // Written as one expression so the planner inlines it.
    await queryRunner.query(`CREATE FUNCTION touchstone_quantile_without(sorted double precision[], skip int, p double precision)
      RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT sorted[floor((cardinality(sorted) - 2) * p)::int + 1 + (floor((cardinality(sorted) - 2) * p)::int + 1 >= skip)::int]
             + ((cardinality(sorted) - 2) * p - floor((cardinality(sorted) - 2) * p))
             * (sorted[ceil((cardinality(sorted) - 2) * p)::int + 1 + (ceil((cardinality(sorted) - 2) * p)::int + 1 >= skip)::int]
                - sorted[floor((cardinality(sorted) - 2) * p)::int + 1 + (floor((cardinality(sorted) - 2) * p)::int + 1 >= skip)::int])
      $$`);
    await queryRunner.query(`DROP FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid, int)`);
    await queryRunner.query(STORED_GROUP_STATS_FUNCTION);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid) TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid)`);
    await queryRunner.query(`DROP FUNCTION touchstone_quantile_without(double precision[], int, double precision)`);
    await queryRunner.query(`DROP FUNCTION touchstone_build_peer_distribution(uuid, text[], text, text, uuid[], text, bigint)`);
    await queryRunner.query(`DROP TABLE peer_distribution`);
    await queryRunner.query(`DROP TABLE peer_distribution_state`);
    await queryRunner.query(`DROP TRIGGER assessment_submitted_delete ON assessment`);
    await queryRunner.query(`DROP TRIGGER assessment_submitted_update ON assessment`);
    await queryRunner.query(`DROP TRIGGER assessment_submitted_insert ON assessment`);
    await queryRunner.query(`DROP FUNCTION touchstone_bump_benchmark_version()`);
    await queryRunner.query(`DROP TABLE benchmark_data_version`);
    // The previous function, as AddPeerGroupStatistics created it.
    await queryRunner.query(GROUP_STATS_FUNCTION);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid, int) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_group_stats(uuid, text[], text, jsonb, uuid, int) TO touchstone_api`);
  }
}

/** touchstone_group_stats as this migration creates it; a later migration's down() restores it from here. */
export const STORED_GROUP_STATS_FUNCTION = `CREATE FUNCTION touchstone_group_stats(p_framework uuid, p_rounds text[], p_scope text, p_groups jsonb, p_viewer uuid)
      RETURNS TABLE (group_key text, subject_id uuid, dimension_id uuid, others int, median double precision, q1 double precision,
                     q3 double precision, mad double precision, level_counts int[], any_synthetic boolean)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_version bigint := coalesce((SELECT version FROM benchmark_data_version WHERE framework_id = p_framework), 0);
        g record;
      BEGIN
        FOR g IN
          SELECT k.key, coalesce(array_agg(m.id ORDER BY m.id) FILTER (WHERE m.id IS NOT NULL), '{}') AS members
            FROM jsonb_each(p_groups) k LEFT JOIN LATERAL (SELECT value::uuid AS id FROM jsonb_array_elements_text(k.value)) m ON true
           GROUP BY k.key ORDER BY k.key
        LOOP
          IF NOT EXISTS (SELECT 1 FROM peer_distribution_state s
                          WHERE s.framework_id = p_framework AND s.rounds = p_rounds AND s.scope = p_scope AND s.group_key = g.key
                            AND s.members_hash = md5(g.members::text) AND s.data_version = v_version) THEN
            -- One rebuild at a time per group (taken in key order, so two readers cannot deadlock);
            -- whoever waited finds it current and reads it.
            PERFORM pg_advisory_xact_lock(hashtextextended(p_framework::text || array_to_string(p_rounds, ',') || p_scope || g.key, 0));
            IF NOT EXISTS (SELECT 1 FROM peer_distribution_state s
                            WHERE s.framework_id = p_framework AND s.rounds = p_rounds AND s.scope = p_scope AND s.group_key = g.key
                              AND s.members_hash = md5(g.members::text) AND s.data_version = v_version) THEN
              PERFORM touchstone_build_peer_distribution(p_framework, p_rounds, p_scope, g.key, g.members, md5(g.members::text), v_version);
            END IF;
          END IF;
        END LOOP;

        RETURN QUERY
        WITH cell AS MATERIALIZED (
          -- The arrays are stored compressed and out of line; concatenating an empty array unpacks
          -- each once here rather than at every one of the subscripts below.
          SELECT d.group_key, d.subject_id, d.dimension_id, d.q1, d.median, d.q3, d.mad, d.level_counts, d.any_synthetic,
                 d.scores || '{}'::double precision[] AS scores, d.score_levels || '{}'::int[] AS score_levels,
                 array_position(d.councils, p_viewer) AS own
            FROM peer_distribution d
           WHERE d.framework_id = p_framework AND d.rounds = p_rounds AND d.scope = p_scope
             AND d.group_key IN (SELECT jsonb_object_keys(p_groups))
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
               m.any_synthetic
          FROM measured m
         WHERE m.others > 0;
      END $$`;
