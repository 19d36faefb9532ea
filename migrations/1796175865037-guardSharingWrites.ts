import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security on the three tables that decide who may see whose results, so that the API's
 * database role alone cannot widen anyone's view:
 * - `pas_sharing` opens a council's identified results to PAS (touchstone_viewer reads it);
 * - `collaboration_member.consented_at` opens them to partners (both sides' consent);
 * - `council_circumstance` of an official or PAS-assigned source defines the anonymised groups, so
 *   a forged one could shape a group around chosen councils (finding 2's colluders, from below).
 * Each write must now be one the signed-in account could make through the API: a council's lead
 * starts or stops its own PAS sharing and gives or withdraws its own consent; administrators add
 * and remove collaboration members (never consenting for them) and record official facts; PAS
 * analysts record PAS-assigned ones; a council's lead declares its own. Reads stay open to the
 * role, as the benchmark module needs every council's group-defining facts. The owner (migrations,
 * reference and demo data) is not restricted, as on the other guarded tables.
 *
 * touchstone_viewer_writing_role() is the role of the account behind the presented secret when
 * that secret may write (a live session, or an API token with the submit scope), found from the
 * credential tables the API role cannot write (migration checkAccountCredentialsInDatabase).
 */
export class GuardSharingWrites1796175865037 implements MigrationInterface {
  name = 'GuardSharingWrites1796175865037';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION touchstone_viewer_writing_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        WITH presented AS (SELECT encode(sha256(convert_to(coalesce(current_setting('touchstone.secret', true), ''), 'UTF8')), 'hex') AS hash),
        writer AS (
          SELECT s.user_id FROM user_session s, presented p
           WHERE s.token_hash = p.hash AND s.revoked_at IS NULL AND s.expires_at > now()
          UNION ALL
          SELECT t.user_id FROM api_token t, presented p
           WHERE t.token_hash = p.hash AND t.revoked_at IS NULL AND t.expires_at > now() AND 'submit' = ANY (t.scopes)
        )
        SELECT u.role::text FROM writer w JOIN app_user u ON u.id = w.user_id
         WHERE u.password_hash IS NOT NULL AND u.disabled_at IS NULL
         LIMIT 1 $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION touchstone_viewer_writing_role() IS 'The role of the signed-in account behind touchstone.secret, when its credential may write (a session, or a token with the submit scope); NULL otherwise.'`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_viewer_writing_role() FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_viewer_writing_role() TO touchstone_api`);

    // The signed-in lead of the row's own council, writing.
    const OWN_LEAD = `((SELECT touchstone_viewer_writing_role()) = 'council_lead' AND touchstone_may(council_id, (SELECT touchstone_viewer_councils('write'))))`;
    const ADMINISTRATOR = `(SELECT touchstone_viewer_writing_role()) = 'administrator'`;
    const UNRESTRICTED = `NOT touchstone_is_restricted()`;

    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (true)`);
    }

    for (const command of ['INSERT', 'UPDATE', 'DELETE'] as const)
      await queryRunner.query(policy('pas_sharing', command, `${UNRESTRICTED} OR ${OWN_LEAD}`));

    await queryRunner.query(policy('collaboration_member', 'INSERT', `${UNRESTRICTED} OR (${ADMINISTRATOR} AND consented_at IS NULL)`));
    await queryRunner.query(policy('collaboration_member', 'UPDATE', `${UNRESTRICTED} OR ${OWN_LEAD}`));
    await queryRunner.query(policy('collaboration_member', 'DELETE', `${UNRESTRICTED} OR ${ADMINISTRATOR}`));

    const RECORDER = `${UNRESTRICTED} OR CASE source
        WHEN 'official' THEN ${ADMINISTRATOR}
        WHEN 'pas_assigned' THEN (SELECT touchstone_viewer_writing_role()) = 'pas_analyst'
        WHEN 'self_declared' THEN ${OWN_LEAD}
        ELSE false END`;
    for (const command of ['INSERT', 'UPDATE', 'DELETE'] as const)
      await queryRunner.query(policy('council_circumstance', command, RECORDER));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      for (const name of ['delete', 'update', 'insert', 'read']) await queryRunner.query(`DROP POLICY ${table}_${name} ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION touchstone_viewer_writing_role()`);
  }
}

const TABLES = ['pas_sharing', 'collaboration_member', 'council_circumstance'];

/** A write policy: which rows may be touched (UPDATE and DELETE) and written (INSERT and UPDATE). */
function policy(table: string, command: 'INSERT' | 'UPDATE' | 'DELETE', condition: string): string {
  const clauses = {
    INSERT: `WITH CHECK (${condition})`,
    UPDATE: `USING (${condition}) WITH CHECK (${condition})`,
    DELETE: `USING (${condition})`,
  };
  return `CREATE POLICY ${table}_${command.toLowerCase()} ON ${table} FOR ${command} ${clauses[command]}`;
}
