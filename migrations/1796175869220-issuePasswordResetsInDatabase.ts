import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role that sends account email: it reads and clears the outbox, and nothing else. */
const MAILER_ROLE = 'touchstone_mailer';

/** The NOTIFY channel the mailer listens on; its payload names only the kind of mail, never a token. */
const CHANNEL = 'touchstone_account_mail';

/** A token's hash as touchstone_reset_password computes it: sha256 of the token, in hex. */
const hashOf = (secret: string) => `encode(sha256(convert_to(${secret}, 'UTF8')), 'hex')`;

/**
 * A new reset token, made inside the database: 'tsr_' and 256 bits in base64url (as the API's
 * newToken makes them). gen_random_uuid() draws from PostgreSQL's strong random source; three of
 * them (366 random bits) hashed fill the 32 bytes, with no extension needed.
 */
const NEW_TOKEN = `'tsr_' || rtrim(translate(encode(sha256(decode(
  replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')), 'base64'), '+/', '-_'), '=')`;

/** Functions the API's role calls, each SECURITY DEFINER: [signature, body]. */
const FUNCTIONS: [string, string][] = [
  [
    'touchstone_request_password_reset(p_email text, p_minutes integer) RETURNS void',
    `LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        account record;
        token text;
        expires timestamptz := now() + make_interval(mins => least(greatest(coalesce(p_minutes, 60), 5), 24 * 60));
      BEGIN
        SELECT u.id, u.email INTO account FROM app_user u WHERE u.email = p_email AND u.password_hash IS NOT NULL AND u.disabled_at IS NULL;
        -- An unknown or disabled email: nothing happens, and the caller is told nothing.
        IF account.id IS NULL THEN RETURN; END IF;
        token := ${NEW_TOKEN};
        -- Only the newest link works: an older one in a mailbox, or still waiting to be sent, is no longer a way in.
        UPDATE password_reset SET used_at = now() WHERE user_id = account.id AND used_at IS NULL;
        DELETE FROM account_mail WHERE user_id = account.id AND kind = 'password_reset';
        INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES (account.id, ${hashOf('token')}, expires);
        INSERT INTO account_mail (user_id, recipient, kind, token, expires_at) VALUES (account.id, account.email, 'password_reset', token, expires);
        PERFORM pg_notify('${CHANNEL}', json_build_object('kind', 'password_reset')::text);
      END $$`,
  ],
  [
    'touchstone_forget_old_password_resets() RETURNS integer',
    `LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      WITH gone AS (DELETE FROM password_reset WHERE expires_at < now() - interval '1 day' RETURNING 1)
      SELECT count(*)::integer FROM gone
    $$`,
  ],
];

const nameOf = (signature: string) => signature.slice(0, signature.indexOf(' RETURNS'));

/**
 * Password reset links are made inside the database, so the API's role never holds a working one:
 *
 * - touchstone_request_password_reset makes the token from PostgreSQL's strong random source,
 *   stores only its sha256 in password_reset (the hash touchstone_reset_password checks), puts the
 *   token itself in account_mail and notifies the mailer. For an unknown email it does nothing and
 *   answers the same.
 * - account_mail, the outbox, belongs to a role of its own, `touchstone_mailer` (created NOLOGIN;
 *   start-up gives it a password, as it does touchstone_api): it reads and deletes rows, and updates
 *   only their retry columns (which its row locks need). touchstone_api has no privilege on it.
 * - touchstone_api keeps SELECT on password_reset (hashes only, and the pre-check before a password
 *   is hashed) but loses INSERT, UPDATE and DELETE: it can neither write a link of its own choosing
 *   nor revive a used one. Pruning long-expired links is touchstone_forget_old_password_resets, so
 *   it cannot delete a live link either.
 */
export class IssuePasswordResetsInDatabase1796175869220 implements MigrationInterface {
  name = 'IssuePasswordResetsInDatabase1796175869220';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the whole server, so another database on it may have created this one already.
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${MAILER_ROLE}') THEN
        CREATE ROLE ${MAILER_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
      END IF;
    END $$`);
    await queryRunner.query(`CREATE TABLE account_mail (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      recipient varchar NOT NULL,
      kind varchar(20) NOT NULL,
      token text NOT NULL,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      retry_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_account_mail PRIMARY KEY (id),
      CONSTRAINT ck_account_mail_kind CHECK (kind IN ('password_reset')),
      CONSTRAINT fk_account_mail_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX ix_account_mail_retry_at ON account_mail (retry_at)`);
    await queryRunner.query(`CREATE INDEX ix_account_mail_user ON account_mail (user_id)`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${MAILER_ROLE}`);
    await queryRunner.query(`GRANT SELECT, DELETE ON account_mail TO ${MAILER_ROLE}`);
    await queryRunner.query(`GRANT UPDATE (attempts, retry_at) ON account_mail TO ${MAILER_ROLE}`);
    for (const [signature, body] of FUNCTIONS) {
      await queryRunner.query(`CREATE FUNCTION ${signature} ${body}`);
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${nameOf(signature)} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${nameOf(signature)} TO touchstone_api`);
    }
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON password_reset FROM touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT INSERT, UPDATE, DELETE ON password_reset TO touchstone_api`);
    for (const [signature] of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${nameOf(signature)}`);
    await queryRunner.query(`REVOKE ALL ON account_mail FROM ${MAILER_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${MAILER_ROLE}`);
    await queryRunner.query(`DROP INDEX ix_account_mail_user`);
    await queryRunner.query(`DROP INDEX ix_account_mail_retry_at`);
    await queryRunner.query(`DROP TABLE account_mail`);
    // The role stays if another database on the server still grants it anything.
    await queryRunner.query(`DO $$ BEGIN DROP ROLE ${MAILER_ROLE}; EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$`);
  }
}
