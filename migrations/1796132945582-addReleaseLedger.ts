import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The release ledger (api/src/modules/benchmark/release-ledger.ts explains the design): every
 * anonymised figure the benchmark serves is recorded with the set of submissions it was computed
 * from, so that a later figure about the same subject can be checked against every earlier one and
 * no change of membership, late or early submission or unanswered section isolates one council.
 *
 * - release_submission numbers each submitted assessment with a small integer, so a release's set
 *   is stored as a sorted int[] (4 bytes a submission). It is filled by a trigger when an
 *   assessment is submitted (and here, once, for those already submitted); the API role cannot
 *   read it, so a number never leads back to a council.
 * - benchmark_release holds one row per subject (framework version, scope, section/theme/item,
 *   dimension) and distinct set of contributing submissions, with the cut that first served it.
 *   The API may read and insert, never change or delete: the ledger only grows. A set found too
 *   close to a release is kept too, marked refused (and never compared with), so that the next
 *   read of it is withheld at once: the releases it is close to never go away.
 * - release_cell holds each stored peer distribution cell's contributing submissions (the latest
 *   submission in the cut of each council in peer_distribution.councils), written by a trigger in
 *   the same transaction as the distribution and removed with it, so a read never recomputes them.
 *   The distributions stored before this migration are dropped (they are a cache, rebuilt on the
 *   next read) so that every one has its contributors.
 * - touchstone_release_contributors gives, for the cuts a read asks for and in the same snapshot as
 *   touchstone_group_stats, each cell's contributing submissions and whether that exact set has
 *   been released before (the fast path: nothing more to check).
 * - touchstone_lock_release_subjects takes a transaction-scoped advisory lock per subject, in one
 *   order, so two processes can never both release sets of a subject that differ by a few.
 */
export class AddReleaseLedger1796132945582 implements MigrationInterface {
  name = 'AddReleaseLedger1796132945582';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE release_submission (
        id int GENERATED ALWAYS AS IDENTITY,
        assessment_id uuid NOT NULL,
        council_id uuid NOT NULL,
        framework_id uuid NOT NULL,
        CONSTRAINT pk_release_submission PRIMARY KEY (id),
        CONSTRAINT uq_release_submission_assessment UNIQUE (assessment_id),
        CONSTRAINT fk_release_submission_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX ix_release_submission_council ON release_submission (council_id, framework_id)`);
    await queryRunner.query(`INSERT INTO release_submission (assessment_id, council_id, framework_id)
        SELECT id, council_id, framework_id FROM assessment WHERE status IN ('submitted', 'superseded') ORDER BY submitted_at, id`);
    await queryRunner.query(`CREATE FUNCTION touchstone_number_submission() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO release_submission (assessment_id, council_id, framework_id)
             VALUES (NEW.id, NEW.council_id, NEW.framework_id)
        ON CONFLICT (assessment_id) DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER assessment_submitted_number AFTER INSERT OR UPDATE OF status ON assessment
        FOR EACH ROW WHEN (NEW.status = 'submitted') EXECUTE FUNCTION touchstone_number_submission()`);

    await queryRunner.query(`CREATE TABLE benchmark_release (
        id bigint GENERATED ALWAYS AS IDENTITY,
        framework_id uuid NOT NULL,
        scope text NOT NULL,
        subject_id uuid NOT NULL,
        dimension_id uuid NOT NULL,
        submissions_hash uuid NOT NULL,
        size int NOT NULL,
        submissions int[] NOT NULL,
        view text NOT NULL,
        group_key text NOT NULL,
        rounds text[] NOT NULL,
        refused boolean NOT NULL DEFAULT false,
        released_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_benchmark_release PRIMARY KEY (id),
        CONSTRAINT uq_benchmark_release_subject_set UNIQUE (framework_id, scope, subject_id, dimension_id, submissions_hash))`);
    await queryRunner.query(
      `CREATE INDEX ix_benchmark_release_subject_size ON benchmark_release (framework_id, scope, subject_id, dimension_id, size)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON benchmark_release TO touchstone_api`);

    await queryRunner.query(`CREATE TABLE release_cell (
        framework_id uuid NOT NULL,
        rounds text[] NOT NULL,
        scope text NOT NULL,
        group_key text NOT NULL,
        subject_id uuid NOT NULL,
        dimension_id uuid NOT NULL,
        size int NOT NULL,
        submissions int[] NOT NULL,
        submissions_hash uuid NOT NULL,
        CONSTRAINT pk_release_cell PRIMARY KEY (framework_id, rounds, scope, group_key, subject_id, dimension_id),
        CONSTRAINT fk_release_cell_distribution FOREIGN KEY (framework_id, rounds, scope, group_key, subject_id, dimension_id)
          REFERENCES peer_distribution ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE FUNCTION touchstone_record_release_cells() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO release_cell (framework_id, rounds, scope, group_key, subject_id, dimension_id, size, submissions, submissions_hash)
        SELECT d.framework_id, d.rounds, d.scope, d.group_key, d.subject_id, d.dimension_id,
               cardinality(s.ids), s.ids, md5(s.ids::text)::uuid
          FROM new_cells d
          CROSS JOIN LATERAL (
            -- Each contributing council's latest submission in the cut, as touchstone_build_peer_distribution chose it.
            SELECT coalesce(array_agg(n.id ORDER BY n.id), '{}') AS ids
              FROM unnest(d.councils) u(council_id)
              CROSS JOIN LATERAL (SELECT a.id FROM assessment a
                                   WHERE a.council_id = u.council_id AND a.framework_id = d.framework_id
                                     AND a.round = ANY (d.rounds) AND a.status = 'submitted'
                                   ORDER BY a.round DESC LIMIT 1) a
              JOIN release_submission n ON n.assessment_id = a.id) s;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER peer_distribution_release_cells AFTER INSERT ON peer_distribution
        REFERENCING NEW TABLE AS new_cells FOR EACH STATEMENT EXECUTE FUNCTION touchstone_record_release_cells()`);
    // Stored distributions are a cache: dropping them makes the next read rebuild each with its contributors.
    await queryRunner.query(`DELETE FROM peer_distribution_state`);

    await queryRunner.query(`CREATE FUNCTION touchstone_release_contributors(p_framework uuid, p_rounds text[], p_scope text, p_groups jsonb, p_viewer uuid)
      RETURNS TABLE (group_key text, subject_id uuid, dimension_id uuid, submissions int[], released boolean, refused boolean, viewer_submissions int[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        WITH asked AS (
          SELECT key AS group_key, value AS members_hash FROM jsonb_each_text(p_groups)
        ), current_groups AS MATERIALIZED (
          -- The same cuts touchstone_group_stats answers from: stored, for this membership and these submissions.
          SELECT a.group_key
            FROM asked a
            JOIN peer_distribution_state s
              ON s.framework_id = p_framework AND s.rounds = p_rounds AND s.scope = p_scope AND s.group_key = a.group_key
             AND s.members_hash = a.members_hash
             AND s.data_version = coalesce((SELECT version FROM benchmark_data_version WHERE framework_id = p_framework), 0)
        ), own AS MATERIALIZED (
          SELECT coalesce(array_agg(n.id ORDER BY n.id), '{}') AS ids
            FROM release_submission n WHERE n.council_id = p_viewer AND n.framework_id = p_framework
        )
        -- A set released before needs no more checking, so its numbers are not sent.
        SELECT c.group_key, c.subject_id, c.dimension_id, CASE WHEN r.id IS NULL THEN c.submissions END,
               r.id IS NOT NULL AND NOT r.refused, coalesce(r.refused, false), o.ids
          FROM release_cell c
          CROSS JOIN own o
          LEFT JOIN benchmark_release r
            ON r.framework_id = p_framework AND r.scope = p_scope AND r.subject_id = c.subject_id
           AND r.dimension_id = c.dimension_id AND r.submissions_hash = c.submissions_hash
         WHERE c.framework_id = p_framework AND c.rounds = p_rounds AND c.scope = p_scope
           AND c.group_key IN (SELECT group_key FROM current_groups)
           AND c.size >= touchstone_disclosure_floor()
      $$`);
    await grantToApi(queryRunner, 'touchstone_release_contributors(uuid, text[], text, jsonb, uuid)');

    await queryRunner.query(`CREATE FUNCTION touchstone_lock_release_subjects(p_subjects text[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        k bigint;
      BEGIN
        -- One order for every caller, so two requests locking overlapping subjects never deadlock.
        FOR k IN SELECT DISTINCT hashtextextended('benchmark_release:' || s, 0) FROM unnest(p_subjects) s ORDER BY 1 LOOP
          PERFORM pg_advisory_xact_lock(k);
        END LOOP;
      END $$`);
    await grantToApi(queryRunner, 'touchstone_lock_release_subjects(text[])');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_lock_release_subjects(text[])`);
    await queryRunner.query(`DROP FUNCTION touchstone_release_contributors(uuid, text[], text, jsonb, uuid)`);
    await queryRunner.query(`DROP TRIGGER peer_distribution_release_cells ON peer_distribution`);
    await queryRunner.query(`DROP FUNCTION touchstone_record_release_cells()`);
    await queryRunner.query(`DROP TABLE release_cell`);
    await queryRunner.query(`DROP TABLE benchmark_release`);
    await queryRunner.query(`DROP TRIGGER assessment_submitted_number ON assessment`);
    await queryRunner.query(`DROP FUNCTION touchstone_number_submission()`);
    await queryRunner.query(`DROP TABLE release_submission`);
  }
}

async function grantToApi(queryRunner: QueryRunner, signature: string): Promise<void> {
  await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
  await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO touchstone_api`);
}
