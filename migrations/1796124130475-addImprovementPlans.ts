import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Plan tables whose rows the API may insert and update (never delete). */
const EDITABLE = ['improvement_plan', 'plan_heading', 'plan_challenge', 'plan_action'];

/** Readable by any viewer who may read the row's plan (the subquery on improvement_plan is itself row-level secured). */
const READ_VIA_PLAN = `EXISTS (SELECT 1 FROM improvement_plan p WHERE p.id = plan_id AND touchstone_can_read_plan(p.council_id, p.shared_with_partners, p.shared_with_pas))`;
const WRITE_VIA_PLAN = `EXISTS (SELECT 1 FROM improvement_plan p WHERE p.id = plan_id AND touchstone_can_write(p.council_id))`;

/**
 * Improvement plans: a council's plan, its headings (core elements and local themes), challenges,
 * actions and the append-only history of progress updates.
 *
 * - Every child row carries its plan's id, and composite foreign keys tie a challenge to its
 *   heading's plan and an action to its challenge's plan, so a row cannot claim another plan.
 * - Row-level security: a plan is read by its own council's users and administrators
 *   (touchstone_can_write), by consenting collaboration partners while the plan is shared with
 *   partners (touchstone.agreed_councils), and by PAS while it is shared with PAS
 *   (touchstone.plan_reader = 'pas', set by the plan service with the viewer's other settings);
 *   written only by the council's own users and administrators.
 * - progress_update is append-only: the API role gets SELECT and INSERT only, and a trigger refuses
 *   UPDATE and DELETE from any role, so history cannot be rewritten even below the API.
 */
export class AddImprovementPlans1796124130475 implements MigrationInterface {
  name = 'AddImprovementPlans1796124130475';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "improvement_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "council_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "shared_with_partners" boolean NOT NULL DEFAULT false, "shared_with_pas" boolean NOT NULL DEFAULT false, "is_synthetic" boolean NOT NULL DEFAULT false, "created_by_id" uuid, CONSTRAINT "pk_improvement_plan" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_improvement_plan_council" ON "improvement_plan" ("council_id")`);
    await queryRunner.query(
      `ALTER TABLE "improvement_plan" ADD CONSTRAINT "fk_improvement_plan_council" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_plan" ADD CONSTRAINT "fk_improvement_plan_framework" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "plan_heading" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "section_key" character varying(100), "title" character varying(300) NOT NULL, "position" integer NOT NULL, CONSTRAINT "pk_plan_heading" PRIMARY KEY ("id"), CONSTRAINT "uq_plan_heading_id_plan" UNIQUE ("id", "plan_id"), CONSTRAINT "ck_plan_heading_kind" CHECK ("kind" IN ('core_element', 'local_theme')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_heading_title" ON "plan_heading" ("plan_id", "title")`);
    await queryRunner.query(
      `ALTER TABLE "plan_heading" ADD CONSTRAINT "fk_plan_heading_plan" FOREIGN KEY ("plan_id") REFERENCES "improvement_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "plan_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "heading_id" uuid NOT NULL, "title" text NOT NULL, "outcomes" text NOT NULL DEFAULT '', "source_kind" character varying(30) NOT NULL, "source_reference" character varying(100), "source_framework_key" character varying(100), "source_subject_key" character varying(100), "source_label" text, "position" integer NOT NULL, CONSTRAINT "pk_plan_challenge" PRIMARY KEY ("id"), CONSTRAINT "uq_plan_challenge_id_plan" UNIQUE ("id", "plan_id"), CONSTRAINT "ck_plan_challenge_source_kind" CHECK ("source_kind" IN ('peer_recommendation', 'dm_section', 'dm_statement', 'breakthrough_question', 'ambition_theme', 'local_theme')))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_challenge_plan" ON "plan_challenge" ("plan_id")`);
    await queryRunner.query(`CREATE INDEX "ix_plan_challenge_heading" ON "plan_challenge" ("heading_id")`);
    await queryRunner.query(
      `ALTER TABLE "plan_challenge" ADD CONSTRAINT "fk_plan_challenge_heading" FOREIGN KEY ("heading_id", "plan_id") REFERENCES "plan_heading"("id", "plan_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "plan_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "description" text NOT NULL, "lead" character varying(300) NOT NULL, "target_text" character varying(200) NOT NULL, "target_kind" character varying(10) NOT NULL, "target_starts_on" date, "target_due_on" date, "position" integer NOT NULL, CONSTRAINT "pk_plan_action" PRIMARY KEY ("id"), CONSTRAINT "uq_plan_action_id_plan" UNIQUE ("id", "plan_id"), CONSTRAINT "ck_plan_action_target_kind" CHECK ("target_kind" IN ('date', 'range', 'ongoing')), CONSTRAINT "ck_plan_action_target_due" CHECK ("target_kind" = 'ongoing' OR "target_due_on" IS NOT NULL))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_action_plan" ON "plan_action" ("plan_id")`);
    await queryRunner.query(`CREATE INDEX "ix_plan_action_challenge" ON "plan_action" ("challenge_id")`);
    await queryRunner.query(
      `ALTER TABLE "plan_action" ADD CONSTRAINT "fk_plan_action_challenge" FOREIGN KEY ("challenge_id", "plan_id") REFERENCES "plan_challenge"("id", "plan_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "progress_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "action_id" uuid NOT NULL, "update_date" date NOT NULL, "text" text NOT NULL, "status" character varying(10) NOT NULL, "entered_by_role" character varying(30), "entered_by_id" uuid, "imported" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_progress_update" PRIMARY KEY ("id"), CONSTRAINT "ck_progress_update_status" CHECK ("status" IN ('red', 'amber', 'green', 'blue')))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_progress_update_plan" ON "progress_update" ("plan_id")`);
    await queryRunner.query(`CREATE INDEX "ix_progress_update_action" ON "progress_update" ("action_id", "update_date")`);
    // RESTRICT: an action with history is never removed, so neither is its history.
    await queryRunner.query(
      `ALTER TABLE "progress_update" ADD CONSTRAINT "fk_progress_update_action" FOREIGN KEY ("action_id", "plan_id") REFERENCES "plan_action"("id", "plan_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION touchstone_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'progress updates are append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_progress_update_append_only BEFORE UPDATE OR DELETE ON "progress_update" FOR EACH ROW EXECUTE FUNCTION touchstone_refuse_history_change()`,
    );

    await queryRunner.query(`CREATE FUNCTION touchstone_can_read_plan(council uuid, shared_with_partners boolean, shared_with_pas boolean) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT touchstone_can_write(council)
             OR (shared_with_partners AND council = ANY (touchstone_setting_ids('touchstone.agreed_councils')))
             OR (shared_with_pas AND current_setting('touchstone.plan_reader', true) = 'pas') $$`);

    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON ${EDITABLE.join(', ')} TO touchstone_api`);
    await queryRunner.query(`GRANT SELECT, INSERT ON progress_update TO touchstone_api`);
    for (const table of [...EDITABLE, 'progress_update']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    const planRead = 'touchstone_can_read_plan(council_id, shared_with_partners, shared_with_pas)';
    await queryRunner.query(`CREATE POLICY improvement_plan_read ON improvement_plan FOR SELECT USING (${planRead})`);
    await queryRunner.query(
      `CREATE POLICY improvement_plan_insert ON improvement_plan FOR INSERT WITH CHECK (touchstone_can_write(council_id))`,
    );
    await queryRunner.query(
      `CREATE POLICY improvement_plan_update ON improvement_plan FOR UPDATE USING (touchstone_can_write(council_id)) WITH CHECK (touchstone_can_write(council_id))`,
    );
    for (const table of ['plan_heading', 'plan_challenge', 'plan_action', 'progress_update']) {
      await queryRunner.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${READ_VIA_PLAN})`);
      await queryRunner.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${WRITE_VIA_PLAN})`);
      if (table !== 'progress_update')
        await queryRunner.query(
          `CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${WRITE_VIA_PLAN}) WITH CHECK (${WRITE_VIA_PLAN})`,
        );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['progress_update', 'plan_action', 'plan_challenge', 'plan_heading']) {
      if (table !== 'progress_update') await queryRunner.query(`DROP POLICY ${table}_update ON ${table}`);
      await queryRunner.query(`DROP POLICY ${table}_insert ON ${table}`);
      await queryRunner.query(`DROP POLICY ${table}_read ON ${table}`);
    }
    await queryRunner.query(`DROP POLICY improvement_plan_update ON improvement_plan`);
    await queryRunner.query(`DROP POLICY improvement_plan_insert ON improvement_plan`);
    await queryRunner.query(`DROP POLICY improvement_plan_read ON improvement_plan`);
    for (const table of ['progress_update', ...[...EDITABLE].reverse()]) {
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`REVOKE ALL ON progress_update FROM touchstone_api`);
    await queryRunner.query(`REVOKE ALL ON ${EDITABLE.join(', ')} FROM touchstone_api`);
    await queryRunner.query(`DROP FUNCTION touchstone_can_read_plan(uuid, boolean, boolean)`);

    await queryRunner.query(`DROP TRIGGER trg_progress_update_append_only ON "progress_update"`);
    await queryRunner.query(`DROP FUNCTION touchstone_refuse_history_change()`);
    await queryRunner.query(`ALTER TABLE "progress_update" DROP CONSTRAINT "fk_progress_update_action"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_update_action"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_update_plan"`);
    await queryRunner.query(`DROP TABLE "progress_update"`);

    await queryRunner.query(`ALTER TABLE "plan_action" DROP CONSTRAINT "fk_plan_action_challenge"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_action_challenge"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_action_plan"`);
    await queryRunner.query(`DROP TABLE "plan_action"`);

    await queryRunner.query(`ALTER TABLE "plan_challenge" DROP CONSTRAINT "fk_plan_challenge_heading"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_challenge_heading"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_challenge_plan"`);
    await queryRunner.query(`DROP TABLE "plan_challenge"`);

    await queryRunner.query(`ALTER TABLE "plan_heading" DROP CONSTRAINT "fk_plan_heading_plan"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plan_heading_title"`);
    await queryRunner.query(`DROP TABLE "plan_heading"`);

    await queryRunner.query(`ALTER TABLE "improvement_plan" DROP CONSTRAINT "fk_improvement_plan_framework"`);
    await queryRunner.query(`ALTER TABLE "improvement_plan" DROP CONSTRAINT "fk_improvement_plan_council"`);
    await queryRunner.query(`DROP INDEX "public"."ix_improvement_plan_council"`);
    await queryRunner.query(`DROP TABLE "improvement_plan"`);
  }
}
