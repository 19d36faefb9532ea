import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stands for "every council" in a viewer's council lists (an administrator; PAS for plans shared with PAS). */
const EVERY = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * The pieces a policy is written from, so that one list of policies (below) can be written the
 * old way (down) and the new way (up).
 */
type Guards = {
  /** The viewer may read the council's rows in full. */
  read(council: string): string;
  /** … or at least its agreed ratings (a consenting collaboration partner). */
  readAgreed(council: string): string;
  write(council: string): string;
  /** The viewer may read the plan of the council, given the plan's two sharing flags. */
  readPlan(council: string, sharedWithPartners: string, sharedWithPas: string): string;
  /** The facilitated session an anonymous participant's token names, and the participant. */
  session: string;
  participant: string;
  /** facilitated_session rows a joining device may read, by its code. */
  joining: string;
  /** session_participant rows a device may read about itself. */
  ownParticipantRow: string;
  /** The session a joining device may add itself to. */
  joiningSession: string;
  /** session_participant rows a joining device may read back: the row it has just added (INSERT … RETURNING). */
  joinedRows: string;
};

/** Until this migration: the API sets these settings itself, and the policies trust them. */
const TRUSTING_THE_API: Guards = {
  read: (council) => `touchstone_can_read(${council}, false)`,
  readAgreed: (council) => `touchstone_can_read(${council}, true)`,
  write: (council) => `touchstone_can_write(${council})`,
  readPlan: (council, partners, pas) => `touchstone_can_read_plan(${council}, ${partners}, ${pas})`,
  session: `touchstone_setting_id('touchstone.session')`,
  participant: `touchstone_setting_id('touchstone.participant')`,
  joining: `join_code = nullif(current_setting('touchstone.join_code', true), '')`,
  ownParticipantRow: `token_hash = nullif(current_setting('touchstone.participant_token', true), '')`,
  joiningSession: `touchstone_setting_id('touchstone.session')`,
  joinedRows: '',
};

/**
 * From this migration: every guard reads the viewer PostgreSQL itself derived from the secret the
 * request presented (touchstone_viewer()). Each `(SELECT …)` is an uncorrelated sub-select, so
 * PostgreSQL runs it once per statement (an InitPlan), not once per row; the per-row test is an
 * array overlap.
 */
const councils = (kind: string) => `(SELECT touchstone_viewer_councils('${kind}'))`;
const VERIFIED_VIEWER: Guards = {
  read: (council) => `touchstone_may(${council}, ${councils('read')})`,
  readAgreed: (council) => `touchstone_may(${council}, ${councils('read_agreed')})`,
  write: (council) => `touchstone_may(${council}, ${councils('write')})`,
  readPlan: (council, partners, pas) =>
    `touchstone_may(${council}, ${councils('own')}) OR (${partners} AND touchstone_may(${council}, ${councils('agreed')})) OR (${pas} AND touchstone_may(${council}, ${councils('pas')}))`,
  session: `(SELECT touchstone_viewer_session())`,
  participant: `(SELECT touchstone_viewer_participant())`,
  joining: `id = (SELECT touchstone_viewer_joining_session())`,
  ownParticipantRow: `id = (SELECT touchstone_viewer_participant())`,
  joiningSession: `(SELECT touchstone_viewer_joining_session())`,
  joinedRows: ` OR session_id = (SELECT touchstone_viewer_joining_session())`,
};

type Policy = { table: string; action: 'read' | 'insert' | 'update' | 'delete'; expression: string };

/** Every row-level security policy, written with one set of guards. */
function policiesWith(g: Guards): Policy[] {
  const all = (table: string, read: string, write: string, insert = write): Policy[] => [
    { table, action: 'read', expression: read },
    { table, action: 'insert', expression: insert },
    { table, action: 'update', expression: write },
    { table, action: 'delete', expression: write },
  ];
  const viaAssessment = (check: string) => `EXISTS (SELECT 1 FROM assessment a WHERE a.id = assessment_id AND ${check})`;
  const viaParticipant = (check: string) =>
    `EXISTS (SELECT 1 FROM participant p JOIN assessment a ON a.id = p.assessment_id WHERE p.id = participant_id AND ${check})`;
  const viaSession = (check: string) => `EXISTS (SELECT 1 FROM facilitated_session s WHERE s.id = session_id AND ${check})`;
  const viaPlan = (check: string) => `EXISTS (SELECT 1 FROM improvement_plan p WHERE p.id = plan_id AND ${check})`;
  const inOwnSession = (column: string) => `${column} = ${g.session}`;
  const planRead = viaPlan(g.readPlan('p.council_id', 'p.shared_with_partners', 'p.shared_with_pas'));
  const planWrite = viaPlan(g.write('p.council_id'));
  return [
    ...all('assessment', g.readAgreed('council_id'), g.write('council_id')),
    ...all('agreed_rating', viaAssessment(g.readAgreed('a.council_id')), viaAssessment(g.write('a.council_id'))),
    ...['participant', 'assessment_score', 'submission_idempotency'].flatMap((table) =>
      all(table, viaAssessment(g.read('a.council_id')), viaAssessment(g.write('a.council_id'))),
    ),
    ...all('participant_response', viaParticipant(g.read('a.council_id')), viaParticipant(g.write('a.council_id'))),
    ...all('facilitated_session', `${g.read('council_id')} OR ${inOwnSession('id')} OR ${g.joining}`, g.write('council_id')),
    ...all(
      'session_item_state',
      `${inOwnSession('session_id')} OR ${viaSession(g.read('s.council_id'))}`,
      viaSession(g.write('s.council_id')),
    ),
    ...all(
      'session_participant',
      `${g.ownParticipantRow} OR ${inOwnSession('session_id')}${g.joinedRows} OR ${viaSession(g.read('s.council_id'))}`,
      viaSession(g.write('s.council_id')),
      `session_id = ${g.joiningSession} OR ${viaSession(g.write('s.council_id'))}`,
    ),
    ...all(
      'session_vote',
      `${inOwnSession('session_id')} OR ${viaSession(g.read('s.council_id'))}`,
      `(${inOwnSession('session_id')} AND participant_id = ${g.participant}) OR ${viaSession(g.write('s.council_id'))}`,
    ),
    { table: 'improvement_plan', action: 'read', expression: g.readPlan('council_id', 'shared_with_partners', 'shared_with_pas') },
    { table: 'improvement_plan', action: 'insert', expression: g.write('council_id') },
    { table: 'improvement_plan', action: 'update', expression: g.write('council_id') },
    ...['plan_heading', 'plan_challenge', 'plan_action'].flatMap((table): Policy[] => [
      { table, action: 'read', expression: planRead },
      { table, action: 'insert', expression: planWrite },
      { table, action: 'update', expression: planWrite },
    ]),
    { table: 'progress_update', action: 'read', expression: planRead },
    { table: 'progress_update', action: 'insert', expression: planWrite },
  ];
}

function alterPolicy({ table, action, expression }: Policy): string {
  const clauses =
    action === 'read' || action === 'delete'
      ? `USING (${expression})`
      : action === 'insert'
        ? `WITH CHECK (${expression})`
        : `USING (${expression}) WITH CHECK (${expression})`;
  return `ALTER POLICY ${table}_${action} ON ${table} ${clauses}`;
}

/** The viewer's secrets, as the API hands them over for one transaction (set_config(…, true)). */
const PRESENTED = `coalesce(current_setting('touchstone.secret', true), '') || E'\\n' ||
                   coalesce(current_setting('touchstone.participant_secret', true), '') || E'\\n' ||
                   coalesce(current_setting('touchstone.join_code', true), '')`;

/**
 * Row-level security that does not trust the API. Until now the API told PostgreSQL whom it served
 * (set_config('touchstone.full_councils', …)), so the API's role, alone with its password, could
 * claim any scope and read every council's rows. Now the API hands over only the request's secret:
 *
 * - `touchstone.secret`: the session cookie's token or the API token (raw, never a hash, so a copy
 *   of the hashes in user_session or api_token is no use); `touchstone.participant_secret`: an
 *   anonymous participant's device token; `touchstone.join_code`: the code a device is joining with.
 * - `touchstone_viewer()` (SECURITY DEFINER, owned by the owner) hashes them and finds the live
 *   row: a session unexpired and unrevoked, or a token unexpired, unrevoked and scoped (a token
 *   without `submit` writes nothing), of an active user; then derives the councils that user reads
 *   in full (own council; PAS: those sharing with PAS; administrator: every council), reads the
 *   agreed ratings of (consenting collaboration partners), writes (own council) and whose plans it
 *   reads. `touchstone.plan_reader` is gone: PAS's reach to plans shared with PAS comes from here too.
 * - It does this once per transaction: the result is kept in `touchstone.viewer`, sealed with a key
 *   only the owner can read (touchstone_viewer_key) over the presented secrets, the transaction's
 *   start and the backend, so the API's role can neither write a scope there nor replay one.
 * - Every policy now reads that viewer (policiesWith(VERIFIED_VIEWER) above).
 *
 * Paths that read across councils stay explicit, as before: the owner role (migrations, the demo and
 * content loaders) passes every policy by touchstone_is_restricted(); the aggregate functions
 * (touchstone_group_stats, touchstone_level_pairs, touchstone_submitting_councils_by_round and the
 * peer distribution builders) are SECURITY DEFINER and return only aggregates under the disclosure floor.
 */
export class VerifyViewerInDatabase1796132986444 implements MigrationInterface {
  name = 'VerifyViewerInDatabase1796132986444';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE touchstone_viewer_key (key text NOT NULL)`);
    await queryRunner.query(`REVOKE ALL ON touchstone_viewer_key FROM PUBLIC`);
    await queryRunner.query(
      `INSERT INTO touchstone_viewer_key (key) SELECT encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex')`,
    );
    await queryRunner.query(`CREATE TYPE touchstone_viewer_scope AS (
      full_councils uuid[], agreed_councils uuid[], write_councils uuid[], own_councils uuid[], pas_plans uuid[],
      session_id uuid, participant_id uuid, joining_session_id uuid)`);
    await queryRunner.query(`CREATE FUNCTION touchstone_viewer() RETURNS touchstone_viewer_scope
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        presented text := ${PRESENTED};
        cached text := current_setting('touchstone.viewer', true);
        seal_key text;
        scope touchstone_viewer_scope := ROW('{}', '{}', '{}', '{}', '{}', NULL, NULL, NULL);
        secret text := coalesce(current_setting('touchstone.secret', true), '');
        device text := coalesce(current_setting('touchstone.participant_secret', true), '');
        code text := coalesce(current_setting('touchstone.join_code', true), '');
        viewer_id uuid;
        may_write boolean;
        viewer_role text;
        viewer_council uuid;
      BEGIN
        SELECT k.key INTO seal_key FROM touchstone_viewer_key k;
        IF length(cached) > 65 AND left(cached, 64) = touchstone_viewer_seal(seal_key, presented, substr(cached, 66)) THEN
          RETURN substr(cached, 66)::touchstone_viewer_scope;
        END IF;

        IF secret <> '' THEN
          SELECT s.user_id, true INTO viewer_id, may_write FROM user_session s
           WHERE s.token_hash = encode(sha256(convert_to(secret, 'UTF8')), 'hex') AND s.revoked_at IS NULL AND s.expires_at > now();
          IF viewer_id IS NULL THEN
            SELECT t.user_id, 'submit' = ANY (t.scopes) INTO viewer_id, may_write FROM api_token t
             WHERE t.token_hash = encode(sha256(convert_to(secret, 'UTF8')), 'hex') AND t.revoked_at IS NULL AND t.expires_at > now();
          END IF;
          SELECT u.role, u.council_id INTO viewer_role, viewer_council FROM app_user u
           WHERE u.id = viewer_id AND u.password_hash IS NOT NULL AND u.disabled_at IS NULL;
          IF viewer_role = 'administrator' THEN
            scope.full_councils := ARRAY[${EVERY}];
            scope.own_councils := ARRAY[${EVERY}];
            IF may_write THEN scope.write_councils := ARRAY[${EVERY}]; END IF;
          ELSIF viewer_role = 'pas_analyst' THEN
            scope.full_councils := coalesce((SELECT array_agg(p.council_id) FROM pas_sharing p), '{}');
            scope.pas_plans := ARRAY[${EVERY}];
          ELSIF viewer_role IN ('council_lead', 'council_member') AND viewer_council IS NOT NULL THEN
            scope.full_councils := ARRAY[viewer_council];
            scope.own_councils := ARRAY[viewer_council];
            -- Both sides must consent, as in the collaboration module.
            scope.agreed_councils := coalesce((
              SELECT array_agg(DISTINCT other.council_id)
                FROM collaboration_member own
                JOIN collaboration_member other ON other.group_id = own.group_id AND other.council_id <> own.council_id
               WHERE own.council_id = viewer_council AND own.consented_at IS NOT NULL AND other.consented_at IS NOT NULL), '{}');
            IF may_write THEN scope.write_councils := ARRAY[viewer_council]; END IF;
          END IF;
        END IF;
        IF device <> '' THEN
          SELECT p.id, p.session_id INTO scope.participant_id, scope.session_id FROM session_participant p
           WHERE p.token_hash = encode(sha256(convert_to(device, 'UTF8')), 'hex');
        END IF;
        IF code <> '' THEN
          SELECT s.id INTO scope.joining_session_id FROM facilitated_session s WHERE s.join_code = code ORDER BY s.created_at DESC LIMIT 1;
        END IF;

        PERFORM set_config('touchstone.viewer', touchstone_viewer_seal(seal_key, presented, scope::text) || '|' || scope::text, true);
        RETURN scope;
      END $$`);
    // Keyed twice over (as HMAC is), so that a seal the API's role can read cannot be extended into another one.
    await queryRunner.query(`CREATE FUNCTION touchstone_viewer_seal(seal_key text, presented text, scope text) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(seal_key || encode(sha256(convert_to(
                 seal_key || E'\\n' || extract(epoch FROM now())::text || E'\\n' || pg_backend_pid()::text || E'\\n' || presented || E'\\n' || scope,
                 'UTF8')), 'hex'), 'UTF8')), 'hex') $$`);
    // For the owner (touchstone_is_restricted() false) these answer NULL without asking: its own
    // reads inside touchstone_viewer() meet these policies too, and must not ask again.
    await queryRunner.query(`CREATE FUNCTION touchstone_viewer_councils(kind text) RETURNS uuid[] LANGUAGE sql STABLE AS $$
      SELECT CASE WHEN touchstone_is_restricted() THEN (
        SELECT CASE kind WHEN 'read' THEN v.full_councils
                         WHEN 'read_agreed' THEN v.full_councils || v.agreed_councils
                         WHEN 'write' THEN v.write_councils
                         WHEN 'own' THEN v.own_councils
                         WHEN 'agreed' THEN v.agreed_councils
                         WHEN 'pas' THEN v.pas_plans END
          FROM touchstone_viewer() v) END $$`);
    for (const field of ['session', 'participant', 'joining_session']) {
      await queryRunner.query(`CREATE FUNCTION touchstone_viewer_${field}() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT CASE WHEN touchstone_is_restricted() THEN (SELECT v.${field}_id FROM touchstone_viewer() v) END $$`);
    }
    // Inlined into each policy: the owner's paths pass; the API's role passes where the council is in the viewer's list.
    await queryRunner.query(`CREATE FUNCTION touchstone_may(council uuid, councils uuid[]) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT NOT touchstone_is_restricted() OR ARRAY[council, ${EVERY}] && councils $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_viewer() FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_viewer() TO touchstone_api`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_viewer_seal(text, text, text) FROM PUBLIC`);

    // The earlier guards, for any policy still written with them, now ask the verified viewer too.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION touchstone_can_read(council uuid, agreed_only_is_enough boolean) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT touchstone_may(council, touchstone_viewer_councils(CASE WHEN agreed_only_is_enough THEN 'read_agreed' ELSE 'read' END)) $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION touchstone_can_write(council uuid) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT touchstone_may(council, touchstone_viewer_councils('write')) $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION touchstone_can_read_plan(council uuid, shared_with_partners boolean, shared_with_pas boolean) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT touchstone_may(council, touchstone_viewer_councils('own'))
             OR (shared_with_partners AND touchstone_may(council, touchstone_viewer_councils('agreed')))
             OR (shared_with_pas AND touchstone_may(council, touchstone_viewer_councils('pas'))) $$`);

    for (const policy of policiesWith(VERIFIED_VIEWER)) await queryRunner.query(alterPolicy(policy));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const policy of policiesWith(TRUSTING_THE_API)) await queryRunner.query(alterPolicy(policy));

    await queryRunner.query(`CREATE OR REPLACE FUNCTION touchstone_can_read_plan(council uuid, shared_with_partners boolean, shared_with_pas boolean) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT touchstone_can_write(council)
             OR (shared_with_partners AND council = ANY (touchstone_setting_ids('touchstone.agreed_councils')))
             OR (shared_with_pas AND current_setting('touchstone.plan_reader', true) = 'pas') $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION touchstone_can_write(council uuid) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT NOT touchstone_is_restricted()
             OR current_setting('touchstone.scope', true) = 'all'
             OR council::text = nullif(current_setting('touchstone.write_council', true), '') $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION touchstone_can_read(council uuid, agreed_only_is_enough boolean) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT NOT touchstone_is_restricted()
             OR current_setting('touchstone.scope', true) = 'all'
             OR council = ANY (touchstone_setting_ids('touchstone.full_councils'))
             OR (agreed_only_is_enough AND council = ANY (touchstone_setting_ids('touchstone.agreed_councils'))) $$`);

    await queryRunner.query(`DROP FUNCTION touchstone_may(uuid, uuid[])`);
    await queryRunner.query(`DROP FUNCTION touchstone_viewer_joining_session()`);
    await queryRunner.query(`DROP FUNCTION touchstone_viewer_participant()`);
    await queryRunner.query(`DROP FUNCTION touchstone_viewer_session()`);
    await queryRunner.query(`DROP FUNCTION touchstone_viewer_councils(text)`);
    await queryRunner.query(`DROP FUNCTION touchstone_viewer_seal(text, text, text)`);
    await queryRunner.query(`DROP FUNCTION touchstone_viewer()`);
    await queryRunner.query(`DROP TYPE touchstone_viewer_scope`);
    await queryRunner.query(`DROP TABLE touchstone_viewer_key`);
  }
}
