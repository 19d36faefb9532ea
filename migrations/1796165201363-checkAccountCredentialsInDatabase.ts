import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every column of app_user but the verifier: what the API's role may read. A column added to app_user later needs its own grant. */
const READABLE_USER_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'email',
  'password_hash',
  'role',
  'council_id',
  'invitation_token_hash',
  'invitation_expires_at',
  'invited_by_id',
  'last_signed_in_at',
  'disabled_at',
  'invited_by_token_id',
];

/**
 * Wrong proofs an account may receive in an hour before touchstone_open_session stops checking:
 * well above what the API's own limits let through (SIGN_IN_MAX_FAILURES and the back-off).
 */
const PROOF_FAILURES_PER_HOUR = 100;

/** The roles app_user.role holds (UserRole). */
const ROLES = `ARRAY['council_lead', 'council_member', 'pas_analyst', 'administrator']`;

/** A token's hash as touchstone_viewer() computes it: sha256 of the secret, in hex. */
const hashOf = (secret: string) => `encode(sha256(convert_to(${secret}, 'UTF8')), 'hex')`;

/** Refuses the call: the transaction did not present the live session the function needs. */
const refuse = (what: string) => `RAISE EXCEPTION '${what.replace(/'/g, "''")}' USING ERRCODE = 'insufficient_privilege'`;

/**
 * Functions the API's role calls, each SECURITY DEFINER (run as the owner) and each checking the
 * credential it needs itself: [signature, body].
 */
const FUNCTIONS: [string, string][] = [
  [
    'touchstone_password_settings(p_email text) RETURNS text',
    `LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      SELECT coalesce(
        (SELECT u.password_hash FROM app_user u
          WHERE u.email = p_email AND u.disabled_at IS NULL AND u.password_verifier IS NOT NULL),
        -- A salt made up for an email with no usable account (the same one every time, from a key
        -- the API's role cannot read), with PASSWORD_HASH_PARAMETERS: the caller pays the same hash.
        '$argon2id$v=19$m=19456,t=2,p=1$' || rtrim(encode(substr(sha256(convert_to(
          (SELECT k.key FROM touchstone_viewer_key k) || E'\\ndecoy password salt\\n' || p_email, 'UTF8')), 1, 16), 'base64'), '='))
    $$`,
  ],
  [
    'touchstone_open_session(p_email text, p_proof text, p_token_hash text, p_hours integer) RETURNS uuid',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        account uuid;
        proven boolean;
      BEGIN
        IF p_proof IS NULL OR p_proof !~ '^([0-9a-f]{2})+$' OR p_token_hash IS NULL OR p_token_hash !~ '^[0-9a-f]{64}$' THEN
          RETURN NULL;
        END IF;
        SELECT u.id, u.password_verifier = sha256(decode(p_proof, 'hex')) INTO account, proven FROM app_user u
         WHERE u.email = p_email AND u.disabled_at IS NULL AND u.password_verifier IS NOT NULL;
        IF account IS NULL THEN RETURN NULL; END IF;
        -- A bound of the database's own under the API's sign-in limits, which the API's role can write:
        -- called directly, this function checks at most ${PROOF_FAILURES_PER_HOUR} wrong proofs an hour for an account.
        IF EXISTS (SELECT 1 FROM sign_in_proof_failure f WHERE f.user_id = account AND f.since > now() - interval '1 hour'
                      AND f.failures >= ${PROOF_FAILURES_PER_HOUR}) THEN
          RETURN NULL;
        END IF;
        IF NOT proven THEN
          INSERT INTO sign_in_proof_failure AS f (user_id, failures, since) VALUES (account, 1, now())
          ON CONFLICT (user_id) DO UPDATE
             SET failures = CASE WHEN f.since > now() - interval '1 hour' THEN f.failures + 1 ELSE 1 END,
                 since = CASE WHEN f.since > now() - interval '1 hour' THEN f.since ELSE now() END;
          RETURN NULL;
        END IF;
        DELETE FROM sign_in_proof_failure WHERE user_id = account;
        INSERT INTO user_session (user_id, token_hash, expires_at)
             VALUES (account, p_token_hash, now() + make_interval(hours => least(greatest(coalesce(p_hours, 1), 1), 24 * 14)));
        UPDATE app_user SET last_signed_in_at = now() WHERE id = account;
        RETURN account;
      END $$`,
  ],
  [
    'touchstone_close_session(p_secret text) RETURNS void',
    `LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      UPDATE user_session SET revoked_at = now() WHERE token_hash = ${hashOf('p_secret')} AND revoked_at IS NULL
    $$`,
  ],
  [
    'touchstone_accept_invitation(p_token text, p_password_hash text) RETURNS uuid',
    `LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      UPDATE app_user SET password_hash = p_password_hash, invitation_token_hash = NULL, invitation_expires_at = NULL, updated_at = now()
       WHERE invitation_token_hash = ${hashOf('p_token')} AND invitation_expires_at > now() AND password_hash IS NULL
      RETURNING id
    $$`,
  ],
  [
    'touchstone_reset_password(p_token text, p_password_hash text) RETURNS uuid',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        account uuid;
      BEGIN
        -- One statement uses the link up, so two tabs submitting it at once cannot both succeed.
        UPDATE password_reset SET used_at = now() WHERE token_hash = ${hashOf('p_token')} AND used_at IS NULL AND expires_at > now()
        RETURNING user_id INTO account;
        IF account IS NULL THEN RETURN NULL; END IF;
        UPDATE app_user SET password_hash = p_password_hash, updated_at = now() WHERE id = account;
        -- Whoever knew the old password is signed out everywhere.
        UPDATE user_session SET revoked_at = now() WHERE user_id = account AND revoked_at IS NULL;
        RETURN account;
      END $$`,
  ],
  [
    'touchstone_invite_user(p_email text, p_role text, p_council uuid, p_token_hash text, p_days integer) RETURNS uuid',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        viewer record;
        invited uuid;
      BEGIN
        SELECT * INTO viewer FROM touchstone_session_account();
        -- coalesce: with no session every field of viewer is NULL, and NOT NULL would let the call through.
        IF NOT coalesce(viewer.role = 'administrator'
                OR (viewer.role = 'council_lead' AND p_council = viewer.council_id AND p_role IN ('council_lead', 'council_member')), false) THEN
          ${refuse("inviting needs an administrator's live session, or a council lead's for their own council")};
        END IF;
        IF NOT coalesce(p_role = ANY (${ROLES}) AND (p_role IN ('council_lead', 'council_member')) = (p_council IS NOT NULL)
                        AND p_token_hash ~ '^[0-9a-f]{64}$' AND p_days BETWEEN 1 AND 30, false) THEN
          RAISE EXCEPTION 'not a valid invitation' USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO app_user (email, role, council_id, invitation_token_hash, invitation_expires_at, invited_by_id)
             VALUES (p_email, p_role, p_council, p_token_hash, now() + make_interval(days => p_days), viewer.user_id)
        RETURNING id INTO invited;
        RETURN invited;
      END $$`,
  ],
  [
    'touchstone_change_user_role(p_user uuid, p_role text, p_council uuid) RETURNS void',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        current_role_of_user text;
      BEGIN
        IF NOT coalesce(p_role = ANY (${ROLES}) AND (p_role IN ('council_lead', 'council_member')) = (p_council IS NOT NULL), false) THEN
          RAISE EXCEPTION 'not a valid role' USING ERRCODE = 'check_violation';
        END IF;
        -- The last administrator is kept whoever asks (checked first, so the answer is the same for any caller).
        SELECT u.role INTO current_role_of_user FROM app_user u WHERE u.id = p_user;
        IF current_role_of_user = 'administrator' AND p_role <> 'administrator' THEN PERFORM touchstone_assert_another_administrator(p_user); END IF;
        PERFORM touchstone_managing_administrator(p_user);
        UPDATE app_user SET role = p_role, council_id = p_council, updated_at = now() WHERE id = p_user;
      END $$`,
  ],
  [
    'touchstone_set_user_disabled(p_user uuid, p_disabled boolean) RETURNS integer',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        ended integer := 0;
      BEGIN
        IF p_disabled AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_user AND u.role = 'administrator') THEN
          PERFORM touchstone_assert_another_administrator(p_user);
        END IF;
        PERFORM touchstone_managing_administrator(p_user);
        IF p_disabled THEN
          UPDATE app_user SET disabled_at = coalesce(disabled_at, now()), updated_at = now() WHERE id = p_user;
          UPDATE user_session SET revoked_at = now() WHERE user_id = p_user AND revoked_at IS NULL;
          GET DIAGNOSTICS ended = ROW_COUNT;
        ELSE
          UPDATE app_user SET disabled_at = NULL, updated_at = now() WHERE id = p_user;
        END IF;
        RETURN ended;
      END $$`,
  ],
  [
    'touchstone_end_user_sessions(p_user uuid) RETURNS integer',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        ended integer;
      BEGIN
        IF (SELECT a.role FROM touchstone_session_account() a) IS DISTINCT FROM 'administrator' THEN
          ${refuse("ending a user's sessions needs an administrator's live session")};
        END IF;
        UPDATE user_session SET revoked_at = now() WHERE user_id = p_user AND revoked_at IS NULL;
        GET DIAGNOSTICS ended = ROW_COUNT;
        RETURN ended;
      END $$`,
  ],
  [
    'touchstone_create_api_token(p_name text, p_token_hash text, p_scopes text[], p_days integer) RETURNS uuid',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        viewer uuid := (SELECT a.user_id FROM touchstone_session_account() a);
        created uuid;
      BEGIN
        IF viewer IS NULL THEN ${refuse('creating an API token needs a live session (not a token)')}; END IF;
        IF NOT coalesce(p_token_hash ~ '^[0-9a-f]{64}$' AND p_days BETWEEN 1 AND 90, false) THEN
          RAISE EXCEPTION 'not a valid API token' USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO api_token (user_id, name, token_hash, scopes, expires_at)
             VALUES (viewer, p_name, p_token_hash, p_scopes::varchar(20)[], now() + make_interval(days => p_days))
        RETURNING id INTO created;
        RETURN created;
      END $$`,
  ],
  [
    'touchstone_revoke_api_token(p_token uuid) RETURNS boolean',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        viewer record;
      BEGIN
        SELECT * INTO viewer FROM touchstone_session_account();
        IF viewer.user_id IS NULL
           OR NOT EXISTS (SELECT 1 FROM api_token t WHERE t.id = p_token AND (t.user_id = viewer.user_id OR viewer.role = 'administrator')) THEN
          RETURN false;
        END IF;
        -- The token, every token made with it (and those made with them), and their unaccepted invitations.
        WITH RECURSIVE made AS (
          SELECT id FROM api_token WHERE id = p_token
          UNION SELECT t.id FROM api_token t JOIN made ON t.created_by_token_id = made.id
        ), revoked AS (
          UPDATE api_token SET revoked_at = now() WHERE id IN (SELECT id FROM made) AND revoked_at IS NULL
        )
        UPDATE app_user SET invitation_token_hash = NULL, invitation_expires_at = NULL
         WHERE invited_by_token_id IN (SELECT id FROM made) AND password_hash IS NULL;
        RETURN true;
      END $$`,
  ],
];

const nameOf = (signature: string) => signature.slice(0, signature.indexOf(' RETURNS'));

/**
 * Account rows come only from the database's own checks of a credential the API's role cannot
 * read, so that role alone, with its password, can neither open a session nor make or change an
 * account, and so reads no council's rows (touchstone_viewer() trusts user_session, api_token and
 * app_user):
 *
 * - A password is stored as its argon2id settings (app_user.password_hash now holds the PHC string
 *   without its hash: algorithm, parameters, salt) and a verifier, sha256 of the raw argon2id
 *   output, in app_user.password_verifier, which the API's role cannot select. The raw output is
 *   the proof: the API computes it from the password and the settings (touchstone_password_settings,
 *   a made-up salt for an unknown email) and touchstone_open_session opens a session only if the
 *   proof's sha256 is the verifier. A full PHC string written by the owner (demo accounts, test
 *   fixtures) or by the functions below is split by a trigger, and existing ones are split here.
 *   touchstone_open_session keeps its own count of wrong proofs per account (sign_in_proof_failure,
 *   owner only), so that the API's role calling it directly gets a bounded number of guesses.
 * - The API's role keeps SELECT on accounts (but not the verifier) and UPDATE only of
 *   api_token.last_used_at. Sessions, users, invitations, roles and tokens are written only by the
 *   functions above, each checking the session the transaction presented (touchstone.secret):
 *   an administrator's for roles, disabling and ending sessions; an administrator's or a council
 *   lead's (own council) for invitations; any live session, never an API token, for tokens.
 * - Password reset links are still written by the API's role (password_reset): whoever can write
 *   one can set that account's password through touchstone_reset_password.
 */
export class CheckAccountCredentialsInDatabase1796165201363 implements MigrationInterface {
  name = 'CheckAccountCredentialsInDatabase1796165201363';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD password_verifier bytea`);
    // Wrong proofs per account in the current hour; only the owner's functions read or write it.
    await queryRunner.query(`CREATE TABLE sign_in_proof_failure (
      user_id uuid NOT NULL, failures integer NOT NULL, since timestamptz NOT NULL,
      CONSTRAINT pk_sign_in_proof_failure PRIMARY KEY (user_id),
      CONSTRAINT fk_sign_in_proof_failure_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE FUNCTION touchstone_split_password_hash() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        hash_part text := split_part(NEW.password_hash, '$', 6);
      BEGIN
        IF NEW.password_hash IS NULL THEN
          NEW.password_verifier := NULL;
        ELSIF split_part(NEW.password_hash, '$', 2) = 'argon2id' AND hash_part ~ '^[A-Za-z0-9+/]+$' AND split_part(NEW.password_hash, '$', 7) = '' THEN
          NEW.password_verifier := sha256(decode(rpad(hash_part, (length(hash_part) + 3) / 4 * 4, '='), 'base64'));
          NEW.password_hash := left(NEW.password_hash, length(NEW.password_hash) - length(hash_part) - 1);
        ELSIF TG_OP = 'UPDATE' AND NEW.password_hash = OLD.password_hash THEN
          NEW.password_verifier := OLD.password_verifier;
        ELSE
          RAISE EXCEPTION 'app_user.password_hash takes an argon2id PHC string' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER app_user_split_password_hash BEFORE INSERT OR UPDATE OF password_hash, password_verifier ON app_user
       FOR EACH ROW EXECUTE FUNCTION touchstone_split_password_hash()`,
    );
    // Rewriting each stored PHC string runs it through the trigger.
    await queryRunner.query(`UPDATE app_user SET password_hash = password_hash || '' WHERE password_hash IS NOT NULL`);

    // The account behind the live session the transaction presented (never an API token), if it is active.
    await queryRunner.query(`CREATE FUNCTION touchstone_session_account(OUT user_id uuid, OUT role text, OUT council_id uuid)
      LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
        SELECT u.id, u.role::text, u.council_id FROM user_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.token_hash = ${hashOf(`coalesce(current_setting('touchstone.secret', true), '')`)}
           AND s.revoked_at IS NULL AND s.expires_at > now() AND u.password_hash IS NOT NULL AND u.disabled_at IS NULL $$`);
    // Refuses unless the session is an administrator's, managing someone other than themself.
    await queryRunner.query(`CREATE FUNCTION touchstone_managing_administrator(p_user uuid) RETURNS void
      LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
      DECLARE
        viewer record;
      BEGIN
        SELECT * INTO viewer FROM touchstone_session_account();
        IF viewer.role IS DISTINCT FROM 'administrator' OR viewer.user_id = p_user THEN
          ${refuse("changing a user needs another administrator's live session")};
        END IF;
      END $$`);
    // Every administrator's row locked (in one order), so two administrators demoting each other at once take turns.
    await queryRunner.query(`CREATE FUNCTION touchstone_assert_another_administrator(p_user uuid) RETURNS void
      LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM 1 FROM app_user u WHERE u.role = 'administrator' ORDER BY u.id FOR UPDATE;
        IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.role = 'administrator' AND u.disabled_at IS NULL
                          AND u.password_hash IS NOT NULL AND u.id <> p_user) THEN
          RAISE EXCEPTION 'the only administrator who can sign in' USING ERRCODE = 'TSLA1';
        END IF;
      END $$`);
    for (const helper of [
      'touchstone_split_password_hash()',
      'touchstone_session_account()',
      'touchstone_managing_administrator(uuid)',
      'touchstone_assert_another_administrator(uuid)',
    ])
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${helper} FROM PUBLIC`);
    for (const [signature, body] of FUNCTIONS) {
      await queryRunner.query(`CREATE FUNCTION ${signature} ${body}`);
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${nameOf(signature)} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${nameOf(signature)} TO touchstone_api`);
    }

    await queryRunner.query(`REVOKE ALL ON app_user, user_session, api_token FROM touchstone_api`);
    await queryRunner.query(`GRANT SELECT (${READABLE_USER_COLUMNS.join(', ')}) ON app_user TO touchstone_api`);
    await queryRunner.query(`GRANT SELECT ON user_session, api_token TO touchstone_api`);
    await queryRunner.query(`GRANT UPDATE (last_used_at) ON api_token TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON app_user, user_session, api_token FROM touchstone_api`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON app_user, user_session, api_token TO touchstone_api`);
    for (const [signature] of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${nameOf(signature)}`);
    await queryRunner.query(`DROP FUNCTION touchstone_assert_another_administrator(uuid)`);
    await queryRunner.query(`DROP FUNCTION touchstone_managing_administrator(uuid)`);
    await queryRunner.query(`DROP FUNCTION touchstone_session_account()`);
    await queryRunner.query(`DROP TRIGGER app_user_split_password_hash ON app_user`);
    await queryRunner.query(`DROP FUNCTION touchstone_split_password_hash()`);
    // Only a sha256 of each hash was kept, so no PHC string can be made whole again: going down
    // leaves every account without a password, to be set again by the owner or an invitation.
    await queryRunner.query(`UPDATE app_user SET password_hash = NULL WHERE password_hash IS NOT NULL`);
    await queryRunner.query(`DROP TABLE sign_in_proof_failure`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN password_verifier`);
  }
}
