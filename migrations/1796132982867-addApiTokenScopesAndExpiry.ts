import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API tokens get what they may do (scopes: read, submit), an end (expiry, required), and a record of
 * what each token created, so that revoking a token ends what it made:
 *
 * - `scopes` is a non-empty subset of {read, submit}; tokens made before scopes existed were for
 *   scripted submissions, so they keep both.
 * - `expires_at` is required; tokens made before it existed run for 30 more days from this migration.
 * - `created_by_token_id` and `app_user.invited_by_token_id` name the token a token or an invitation
 *   was made with (none can be now, but rows from before are revoked with their maker).
 */
export class AddApiTokenScopesAndExpiry1796132982867 implements MigrationInterface {
  name = 'AddApiTokenScopesAndExpiry1796132982867';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE api_token ADD scopes varchar(20)[] NOT NULL DEFAULT '{read,submit}'`);
    await queryRunner.query(`ALTER TABLE api_token ALTER COLUMN scopes DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE api_token ADD CONSTRAINT ck_api_token_scopes CHECK (cardinality("scopes") > 0 AND "scopes" <@ '{read,submit}'::varchar[])`,
    );
    await queryRunner.query(`ALTER TABLE api_token ADD expires_at timestamptz NOT NULL DEFAULT now() + interval '30 days'`);
    await queryRunner.query(`ALTER TABLE api_token ALTER COLUMN expires_at DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE api_token ADD created_by_token_id uuid`);
    await queryRunner.query(
      `ALTER TABLE api_token ADD CONSTRAINT fk_api_token_created_by_token FOREIGN KEY (created_by_token_id) REFERENCES api_token (id) ON DELETE CASCADE`,
    );
    await queryRunner.query(`CREATE INDEX ix_api_token_created_by_token ON api_token (created_by_token_id)`);
    await queryRunner.query(`ALTER TABLE app_user ADD invited_by_token_id uuid`);
    await queryRunner.query(`CREATE INDEX ix_app_user_invited_by_token ON app_user (invited_by_token_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_app_user_invited_by_token`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN invited_by_token_id`);
    await queryRunner.query(`DROP INDEX ix_api_token_created_by_token`);
    await queryRunner.query(`ALTER TABLE api_token DROP CONSTRAINT fk_api_token_created_by_token`);
    await queryRunner.query(`ALTER TABLE api_token DROP COLUMN created_by_token_id`);
    await queryRunner.query(`ALTER TABLE api_token DROP COLUMN expires_at`);
    await queryRunner.query(`ALTER TABLE api_token DROP CONSTRAINT ck_api_token_scopes`);
    await queryRunner.query(`ALTER TABLE api_token DROP COLUMN scopes`);
  }
}
