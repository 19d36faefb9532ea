import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sessions module's tables, scoped to the session's council and, for anonymous participants, to their one session. */
const SESSION_TABLES = ['facilitated_session', 'session_participant', 'session_vote', 'session_item_state'];

/**
 * Facilitated sessions: a sitting (or survey link) of an assessment, its anonymous participants
 * (a role and a token hash only), their private votes per statement, dimension and vote round,
 * each statement's phase, and failed joins (for a rate limit every API process shares).
 *
 * Row-level security, as for the council tables (…-addApiRoleAndRowLevelSecurity.ts):
 * - The facilitator's requests read and write through the council settings: facilitated_session
 *   carries council_id, and the other tables reach it through their session.
 * - An anonymous participant has no viewer. Their transaction names only their session:
 *   `touchstone.join_code` while joining (to find the session by its code),
 *   `touchstone.participant_token` (the token's SHA-256, to find their own row), then
 *   `touchstone.session` and `touchstone.participant`. They may read their session, its statement
 *   states, its participants and its votes (the spread is computed by the API, which applies the
 *   reveal thresholds), join it, and write only their own votes.
 * - facilitated_session's policies read only its own columns and the settings, so the subqueries
 *   of the other tables' policies cannot recurse.
 */
export class AddFacilitatedSessions1796123911924 implements MigrationInterface {
  name = 'AddFacilitatedSessions1796123911924';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "facilitated_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "assessment_id" uuid NOT NULL, "council_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "mode" character varying(10) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'open', "section_ids" uuid array NOT NULL, "join_code" character varying(12) NOT NULL, "join_code_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "current_item_id" uuid, "ended_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, CONSTRAINT "pk_facilitated_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_facilitated_session_assessment" ON "facilitated_session" ("assessment_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_facilitated_session_live_join_code" ON "facilitated_session" ("join_code") WHERE status <> 'ended'`,
    );
    await queryRunner.query(
      `ALTER TABLE "facilitated_session" ADD CONSTRAINT "fk_facilitated_session_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "facilitated_session" ADD CONSTRAINT "fk_facilitated_session_council" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "facilitated_session" ADD CONSTRAINT "fk_facilitated_session_framework" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "session_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "assessment_participant_id" uuid, CONSTRAINT "pk_session_participant" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_participant_session" ON "session_participant" ("session_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_session_participant_token_hash" ON "session_participant" ("token_hash")`);
    await queryRunner.query(
      `ALTER TABLE "session_participant" ADD CONSTRAINT "fk_session_participant_session" FOREIGN KEY ("session_id") REFERENCES "facilitated_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "session_vote" ("participant_id" uuid NOT NULL, "item_id" uuid NOT NULL, "dimension_id" uuid NOT NULL, "vote_round" integer NOT NULL, "session_id" uuid NOT NULL, "level_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_session_vote" PRIMARY KEY ("participant_id", "item_id", "dimension_id", "vote_round"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_vote_session_item" ON "session_vote" ("session_id", "item_id", "vote_round")`);
    await queryRunner.query(
      `ALTER TABLE "session_vote" ADD CONSTRAINT "fk_session_vote_participant" FOREIGN KEY ("participant_id") REFERENCES "session_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_vote" ADD CONSTRAINT "fk_session_vote_session" FOREIGN KEY ("session_id") REFERENCES "facilitated_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_vote" ADD CONSTRAINT "fk_session_vote_item" FOREIGN KEY ("item_id") REFERENCES "framework_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_vote" ADD CONSTRAINT "fk_session_vote_dimension" FOREIGN KEY ("dimension_id") REFERENCES "rating_dimension"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_vote" ADD CONSTRAINT "fk_session_vote_level" FOREIGN KEY ("level_id") REFERENCES "rating_level"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "session_item_state" ("session_id" uuid NOT NULL, "item_id" uuid NOT NULL, "phase" character varying(20) NOT NULL, "vote_round" integer NOT NULL DEFAULT 1, "agreed_level_ids" uuid array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_session_item_state" PRIMARY KEY ("session_id", "item_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_item_state" ADD CONSTRAINT "fk_session_item_state_session" FOREIGN KEY ("session_id") REFERENCES "facilitated_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_item_state" ADD CONSTRAINT "fk_session_item_state_item" FOREIGN KEY ("item_id") REFERENCES "framework_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "session_join_failure" ("id" integer GENERATED BY DEFAULT AS IDENTITY NOT NULL, "ip" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_session_join_failure" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_join_failure_ip" ON "session_join_failure" ("ip", "at")`);
    await queryRunner.query(`CREATE SEQUENCE "session_event_version"`);

    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${SESSION_TABLES.join(', ')}, session_join_failure TO touchstone_api`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE session_event_version TO touchstone_api`);

    await queryRunner.query(`CREATE FUNCTION touchstone_setting_id(setting text) RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting(setting, true), '')::uuid $$`);
    for (const table of SESSION_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    const inOwnSession = (column: string) => `${column} = touchstone_setting_id('touchstone.session')`;
    const viaSession = (check: string) => `EXISTS (SELECT 1 FROM facilitated_session s WHERE s.id = session_id AND ${check})`;
    await this.policies(
      queryRunner,
      'facilitated_session',
      `touchstone_can_read(council_id, false) OR ${inOwnSession('id')} OR join_code = nullif(current_setting('touchstone.join_code', true), '')`,
      'touchstone_can_write(council_id)',
    );
    await this.policies(
      queryRunner,
      'session_item_state',
      `${inOwnSession('session_id')} OR ${viaSession('touchstone_can_read(s.council_id, false)')}`,
      viaSession('touchstone_can_write(s.council_id)'),
    );
    await this.policies(
      queryRunner,
      'session_participant',
      `token_hash = nullif(current_setting('touchstone.participant_token', true), '') OR ${inOwnSession('session_id')} OR ${viaSession('touchstone_can_read(s.council_id, false)')}`,
      viaSession('touchstone_can_write(s.council_id)'),
      // Joining: an anonymous device adds itself to the session it found by code.
      `${inOwnSession('session_id')} OR ${viaSession('touchstone_can_write(s.council_id)')}`,
    );
    const ownVote = `(${inOwnSession('session_id')} AND participant_id = touchstone_setting_id('touchstone.participant'))`;
    await this.policies(
      queryRunner,
      'session_vote',
      `${inOwnSession('session_id')} OR ${viaSession('touchstone_can_read(s.council_id, false)')}`,
      `${ownVote} OR ${viaSession('touchstone_can_write(s.council_id)')}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...SESSION_TABLES].reverse()) {
      for (const action of ['delete', 'update', 'insert', 'read']) await queryRunner.query(`DROP POLICY ${table}_${action} ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION touchstone_setting_id(text)`);
    await queryRunner.query(`REVOKE ALL ON SEQUENCE session_event_version FROM touchstone_api`);
    await queryRunner.query(`REVOKE ALL ON ${SESSION_TABLES.join(', ')}, session_join_failure FROM touchstone_api`);
    await queryRunner.query(`DROP SEQUENCE "session_event_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_join_failure_ip"`);
    await queryRunner.query(`DROP TABLE "session_join_failure"`);
    await queryRunner.query(`ALTER TABLE "session_item_state" DROP CONSTRAINT "fk_session_item_state_item"`);
    await queryRunner.query(`ALTER TABLE "session_item_state" DROP CONSTRAINT "fk_session_item_state_session"`);
    await queryRunner.query(`DROP TABLE "session_item_state"`);
    await queryRunner.query(`ALTER TABLE "session_vote" DROP CONSTRAINT "fk_session_vote_level"`);
    await queryRunner.query(`ALTER TABLE "session_vote" DROP CONSTRAINT "fk_session_vote_dimension"`);
    await queryRunner.query(`ALTER TABLE "session_vote" DROP CONSTRAINT "fk_session_vote_item"`);
    await queryRunner.query(`ALTER TABLE "session_vote" DROP CONSTRAINT "fk_session_vote_session"`);
    await queryRunner.query(`ALTER TABLE "session_vote" DROP CONSTRAINT "fk_session_vote_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_vote_session_item"`);
    await queryRunner.query(`DROP TABLE "session_vote"`);
    await queryRunner.query(`ALTER TABLE "session_participant" DROP CONSTRAINT "fk_session_participant_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_session_participant_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_participant_session"`);
    await queryRunner.query(`DROP TABLE "session_participant"`);
    await queryRunner.query(`ALTER TABLE "facilitated_session" DROP CONSTRAINT "fk_facilitated_session_framework"`);
    await queryRunner.query(`ALTER TABLE "facilitated_session" DROP CONSTRAINT "fk_facilitated_session_council"`);
    await queryRunner.query(`ALTER TABLE "facilitated_session" DROP CONSTRAINT "fk_facilitated_session_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_facilitated_session_live_join_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_facilitated_session_assessment"`);
    await queryRunner.query(`DROP TABLE "facilitated_session"`);
  }

  private async policies(queryRunner: QueryRunner, table: string, read: string, write: string, insert = write): Promise<void> {
    await queryRunner.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read})`);
    await queryRunner.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${insert})`);
    await queryRunner.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${write}) WITH CHECK (${write})`);
    await queryRunner.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${write})`);
  }
}
