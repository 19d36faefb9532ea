import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A response's participant is checked once per participant of a statement instead of once per row.
 * A 15-participant submission writes about 1,400 responses in one statement, and the foreign key
 * ran its own look-up and row lock (FOR KEY SHARE) of the same 15 participants on every one: about
 * a fifth of the statement, the largest of a submission. Everything the foreign key guaranteed
 * still holds, by statement-level triggers that answer as it did (SQLSTATE 23503, its constraint
 * name, nothing of the statement stored):
 * - a response names an existing participant, which stays locked against deletion (FOR KEY SHARE)
 *   until the transaction ends, so a concurrent deletion cannot leave it orphaned;
 * - deleting participants deletes their responses (ON DELETE CASCADE), deletions cascaded from an
 *   assessment included;
 * - a participant's id cannot change while responses name it (ON UPDATE NO ACTION);
 * - participant cannot be truncated without participant_response in the same command.
 */
export class CheckResponseParticipantPerStatement1796154271791 implements MigrationInterface {
  name = 'CheckResponseParticipantPerStatement1796154271791';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION touchstone_check_response_participant() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $function$
      DECLARE
        named uuid;
      BEGIN
        -- One index look-up and lock per participant of the statement (a submission has a handful).
        FOR named IN SELECT DISTINCT participant_id FROM new_rows LOOP
          PERFORM 1 FROM participant p WHERE p.id = named FOR KEY SHARE;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'insert or update on table "participant_response" violates foreign key constraint "${FK}"'
              USING ERRCODE = 'foreign_key_violation', CONSTRAINT = '${FK}', TABLE = 'participant_response', SCHEMA = TG_TABLE_SCHEMA,
                    DETAIL = format('Key (participant_id)=(%s) is not present in table "participant".', named);
          END IF;
        END LOOP;
        RETURN NULL;
      END $function$`);
    await queryRunner.query(`CREATE FUNCTION touchstone_delete_participant_responses() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $function$
      BEGIN
        DELETE FROM participant_response r USING old_rows o WHERE r.participant_id = o.id;
        RETURN NULL;
      END $function$`);
    await queryRunner.query(`CREATE FUNCTION touchstone_keep_responded_participant_ids() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $function$
      DECLARE
        changed uuid;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          -- After the whole command: truncating participant_response with it is allowed, as with the foreign key.
          IF EXISTS (SELECT 1 FROM participant_response) THEN
            RAISE EXCEPTION 'cannot truncate a table referenced in a foreign key constraint'
              USING ERRCODE = 'feature_not_supported', DETAIL = 'Table "participant_response" references "participant".',
                    HINT = 'Truncate table "participant_response" at the same time.';
          END IF;
          RETURN NULL;
        END IF;
        SELECT o.id INTO changed FROM old_rows o
         WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)
           AND EXISTS (SELECT 1 FROM participant_response r WHERE r.participant_id = o.id) LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'update or delete on table "participant" violates foreign key constraint "${FK}" on table "participant_response"'
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = '${FK}', TABLE = 'participant', SCHEMA = TG_TABLE_SCHEMA,
                  DETAIL = format('Key (id)=(%s) is still referenced from table "participant_response".', changed);
        END IF;
        RETURN NULL;
      END $function$`);
    for (const fn of FUNCTIONS) await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn}() FROM PUBLIC`);
    // A trigger with a transition table has one event, so inserts and updates have one each.
    for (const event of ['INSERT', 'UPDATE']) {
      await queryRunner.query(`CREATE TRIGGER trg_participant_response_participant_${event.toLowerCase()} AFTER ${event} ON participant_response
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touchstone_check_response_participant()`);
    }
    await queryRunner.query(`CREATE TRIGGER trg_participant_responses_deleted AFTER DELETE ON participant
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION touchstone_delete_participant_responses()`);
    await queryRunner.query(`CREATE TRIGGER trg_participant_id_kept AFTER UPDATE ON participant
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touchstone_keep_responded_participant_ids()`);
    await queryRunner.query(`CREATE TRIGGER trg_participant_not_truncated_alone AFTER TRUNCATE ON participant
        FOR EACH STATEMENT EXECUTE FUNCTION touchstone_keep_responded_participant_ids()`);
    await queryRunner.query(`ALTER TABLE participant_response DROP CONSTRAINT ${FK}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "participant_response" ADD CONSTRAINT "${FK}" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DROP TRIGGER trg_participant_not_truncated_alone ON participant`);
    await queryRunner.query(`DROP TRIGGER trg_participant_id_kept ON participant`);
    await queryRunner.query(`DROP TRIGGER trg_participant_responses_deleted ON participant`);
    for (const event of ['UPDATE', 'INSERT'])
      await queryRunner.query(`DROP TRIGGER trg_participant_response_participant_${event.toLowerCase()} ON participant_response`);
    for (const fn of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${fn}()`);
  }
}

const FK = 'fk_participant_response_participant';

const FUNCTIONS = [
  'touchstone_check_response_participant',
  'touchstone_delete_participant_responses',
  'touchstone_keep_responded_participant_ids',
];
