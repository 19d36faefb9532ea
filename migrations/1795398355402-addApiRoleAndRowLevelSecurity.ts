import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables holding one council's results; row-level security limits each to the viewer's councils. */
const COUNCIL_SCOPED = ['assessment', 'participant', 'participant_response', 'agreed_rating', 'assessment_score', 'submission_idempotency'];

/** What the API may read but never change. */
const READ_ONLY = ['framework', 'framework_section', 'framework_item', 'framework_theme', 'framework_item_theme', 'rating_dimension', 'rating_level', 'council', 'council_circumstance'];

/** What the API reads and writes, with no row-level security: accounts and sharing choices. */
const READ_WRITE = ['app_user', 'user_session', 'api_token', 'sign_in_failure', 'collaboration_group', 'collaboration_member', 'pas_sharing'];

/**
 * The API's database role and the row-level security that is the second, independent guard on
 * council data (the first is the API's access policy, common/auth/access-policy.ts).
 *
 * - `touchstone_api` owns nothing and has no BYPASSRLS; start-up gives it a password to log in.
 * - Each request's transaction sets, with set_config(…, true), the councils its viewer may read
 *   in full (`touchstone.full_councils`), read agreed ratings of (`touchstone.agreed_councils`)
 *   and write (`touchstone.write_council`); `touchstone.scope = 'all'` is an administrator.
 * - Policies restrict `touchstone_api`, the role every API request runs as. The owner (migrations,
 *   loaders, the aggregate functions) passes them by an explicit rule (touchstone_is_restricted);
 *   FORCE ROW LEVEL SECURITY keeps the policies in force for the owner's sessions too, so that
 *   passing is a written rule rather than a silent exemption.
 * - Sector aggregates must read across councils: they go through SECURITY DEFINER functions that
 *   return aggregates only (touchstone_section_stats), never rows.
 */
export class AddApiRoleAndRowLevelSecurity1795398355402 implements MigrationInterface {
  name = 'AddApiRoleAndRowLevelSecurity1795398355402';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the whole server, so another database on it may have created this one already.
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'touchstone_api') THEN
        CREATE ROLE touchstone_api NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
      END IF;
    END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO touchstone_api`);
    await queryRunner.query(`GRANT SELECT ON ${READ_ONLY.join(', ')} TO touchstone_api`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${[...READ_WRITE, ...COUNCIL_SCOPED].join(', ')} TO touchstone_api`);
    await queryRunner.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO touchstone_api`);

    await queryRunner.query(`CREATE FUNCTION touchstone_setting_ids(setting text) RETURNS uuid[] LANGUAGE sql STABLE AS
      $$ SELECT coalesce(string_to_array(nullif(current_setting(setting, true), ''), ',')::uuid[], '{}'::uuid[]) $$`);
    await queryRunner.query(`CREATE FUNCTION touchstone_is_restricted() RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT current_user = 'touchstone_api' $$`);
    await queryRunner.query(`CREATE FUNCTION touchstone_can_read(council uuid, agreed_only_is_enough boolean) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT NOT touchstone_is_restricted()
             OR current_setting('touchstone.scope', true) = 'all'
             OR council = ANY (touchstone_setting_ids('touchstone.full_councils'))
             OR (agreed_only_is_enough AND council = ANY (touchstone_setting_ids('touchstone.agreed_councils'))) $$`);
    await queryRunner.query(`CREATE FUNCTION touchstone_can_write(council uuid) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT NOT touchstone_is_restricted()
             OR current_setting('touchstone.scope', true) = 'all'
             OR council::text = nullif(current_setting('touchstone.write_council', true), '') $$`);

    for (const table of COUNCIL_SCOPED) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    // assessment carries the council; collaborating councils may see that an assessment exists.
    await this.policies(queryRunner, 'assessment', 'touchstone_can_read(council_id, true)', 'touchstone_can_write(council_id)');
    await this.policies(queryRunner, 'agreed_rating', this.viaAssessment('assessment_id', 'touchstone_can_read(a.council_id, true)'), this.viaAssessment('assessment_id', 'touchstone_can_write(a.council_id)'));
    for (const table of ['participant', 'assessment_score', 'submission_idempotency']) {
      await this.policies(queryRunner, table, this.viaAssessment('assessment_id', 'touchstone_can_read(a.council_id, false)'), this.viaAssessment('assessment_id', 'touchstone_can_write(a.council_id)'));
    }
    const viaParticipant = (check: string) =>
      `EXISTS (SELECT 1 FROM participant p JOIN assessment a ON a.id = p.assessment_id WHERE p.id = participant_id AND ${check})`;
    await this.policies(queryRunner, 'participant_response', viaParticipant('touchstone_can_read(a.council_id, false)'), viaParticipant('touchstone_can_write(a.council_id)'));

    // The one reviewed path for figures across councils: aggregates of stored section scores, never
    // rows. The viewer's own score is returned only if the caller may read that council in full.
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_section_stats(uuid, text, uuid, uuid)`);
    for (const table of [...COUNCIL_SCOPED].reverse()) {
      for (const action of ['delete', 'update', 'insert', 'read']) await queryRunner.query(`DROP POLICY ${table}_${action} ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION touchstone_can_write(uuid)`);
    await queryRunner.query(`DROP FUNCTION touchstone_can_read(uuid, boolean)`);
    await queryRunner.query(`DROP FUNCTION touchstone_is_restricted()`);
    await queryRunner.query(`DROP FUNCTION touchstone_setting_ids(text)`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM touchstone_api`);
    await queryRunner.query(`REVOKE ALL ON ${[...READ_ONLY, ...READ_WRITE, ...COUNCIL_SCOPED].join(', ')} FROM touchstone_api`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM touchstone_api`);
    // The role stays if another database on the server still grants it anything.
    await queryRunner.query(`DO $$ BEGIN DROP ROLE touchstone_api; EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$`);
  }

  private viaAssessment(column: string, check: string): string {
    return `EXISTS (SELECT 1 FROM assessment a WHERE a.id = ${column} AND ${check})`;
  }

  private async policies(queryRunner: QueryRunner, table: string, read: string, write: string): Promise<void> {
    await queryRunner.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read})`);
    await queryRunner.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${write})`);
    await queryRunner.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${write}) WITH CHECK (${write})`);
    await queryRunner.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${write})`);
  }
}
