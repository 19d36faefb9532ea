import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables of a published framework version: once loaded, none of their rows may change. */
const FRAMEWORK_TABLES = [
  'framework',
  'framework_section',
  'framework_item',
  'framework_theme',
  'framework_item_theme',
  'rating_dimension',
  'rating_level',
];

/**
 * The audit log, uploaded framework version files, and publishing from the dashboard.
 *
 * - `audit_event` is append-only: the API's role may INSERT and SELECT it only, and a trigger
 *   refuses UPDATE and DELETE for every role, the owner included, so no one rewrites history.
 * - `framework_upload` keeps each uploaded file as it arrived, for preview and for the record;
 *   it is append-only in the same way.
 * - Administrators publish an upload as a new framework version, so the API may now INSERT into
 *   the framework tables; a published version never changes, so a trigger refuses UPDATE and
 *   DELETE on them (submitted assessments refer to their items and levels).
 */
export class AddAuditLogAndFrameworkUploads1796132839238 implements MigrationInterface {
  name = 'AddAuditLogAndFrameworkUploads1796132839238';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_email" character varying(254) NOT NULL, "actor_role" character varying(20) NOT NULL, "action" character varying(60) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject" character varying(300) NOT NULL, "summary" text NOT NULL, CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_event_occurred_at" ON "audit_event" ("occurred_at")`);
    await queryRunner.query(
      `CREATE TABLE "framework_upload" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "file_name" character varying(255) NOT NULL, "source" text NOT NULL, "content_hash" character(64) NOT NULL, "key" character varying(100) NOT NULL, "version" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "uploaded_by_id" uuid NOT NULL, CONSTRAINT "pk_framework_upload" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_framework_upload_key_version" ON "framework_upload" ("key", "version")`);

    await queryRunner.query(`CREATE FUNCTION touchstone_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows never change: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_event', 'framework_upload', ...FRAMEWORK_TABLES]) {
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_unchanging BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION touchstone_refuse_change()`,
      );
      // TRUNCATE fires no row triggers, so it is refused by a statement trigger of its own.
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_not_truncated BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION touchstone_refuse_change()`,
      );
    }

    await queryRunner.query(`GRANT SELECT, INSERT ON audit_event, framework_upload TO touchstone_api`);
    await queryRunner.query(`GRANT INSERT ON ${FRAMEWORK_TABLES.join(', ')} TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE INSERT ON ${FRAMEWORK_TABLES.join(', ')} FROM touchstone_api`);
    await queryRunner.query(`REVOKE ALL ON audit_event, framework_upload FROM touchstone_api`);
    for (const table of [...FRAMEWORK_TABLES].reverse().concat('framework_upload', 'audit_event')) {
      await queryRunner.query(`DROP TRIGGER trg_${table}_not_truncated ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER trg_${table}_unchanging ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION touchstone_refuse_change()`);
    await queryRunner.query(`DROP INDEX "ix_framework_upload_key_version"`);
    await queryRunner.query(`DROP TABLE "framework_upload"`);
    await queryRunner.query(`DROP INDEX "ix_audit_event_occurred_at"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
