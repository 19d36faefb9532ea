import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the viewer may write a response is checked once per participant of a statement instead
 * of once per row. A 15-participant submission inserts about 1,400 responses in one statement, and
 * the insert policy's sub-select looked up the same 15 participants and their assessment on every
 * one (three index scans a row, the participant's and the assessment's own policies included):
 * about half of the statement's CPU, the largest of a submission.
 *
 * The insert policy now lets every row through, and a statement-level trigger refuses the whole
 * statement as the policy did (SQLSTATE 42501, the same message) when any of its rows names a
 * participant that is not of an assessment the viewer may write. The trigger runs as the caller,
 * so the participant and assessment it reads are those the caller's own policies let it see, as in
 * the policy's sub-select, and it checks only where row-level security applies to the caller
 * (row_security_active), as the policy did. It is named to run before the table's other statement
 * triggers, so a refused viewer learns nothing from the content and participant checks.
 *
 * What changes is only when the refusal comes: after the rows' index entries rather than before,
 * so a refused statement that also repeats an existing response's key is answered with the
 * unique violation instead. Updates keep their per-row policy.
 */
export class CheckResponseAccessPerStatement1796165489828 implements MigrationInterface {
  name = 'CheckResponseAccessPerStatement1796165489828';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION ${FUNCTION}() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public AS $function$
      DECLARE
        refused uuid;
      BEGIN
        IF NOT row_security_active('participant_response') THEN
          RETURN NULL;
        END IF;
        -- One look-up per participant of the statement (a submission has a handful), with the policy's own condition.
        SELECT n.participant_id INTO refused FROM (SELECT DISTINCT participant_id FROM new_rows) n
         WHERE NOT ${WRITABLE('n.participant_id')}
         LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'new row violates row-level security policy for table "participant_response"'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $function$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${FUNCTION}() FROM PUBLIC`);
    await queryRunner.query(`CREATE TRIGGER ${TRIGGER} AFTER INSERT ON participant_response
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}()`);
    await queryRunner.query(`ALTER POLICY participant_response_insert ON participant_response WITH CHECK (true)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER POLICY participant_response_insert ON participant_response WITH CHECK (${WRITABLE('participant_id')})`);
    await queryRunner.query(`DROP TRIGGER ${TRIGGER} ON participant_response`);
    await queryRunner.query(`DROP FUNCTION ${FUNCTION}()`);
  }
}

const FUNCTION = 'touchstone_check_response_writable';

/** Sorts before trg_participant_response_content_inserted and trg_participant_response_participant_insert, so it runs first. */
const TRIGGER = 'trg_participant_response_access_inserted';

/** The insert policy's condition (as verifyViewerInDatabase wrote it), for a response naming `participant`. */
const WRITABLE = (participant: string) =>
  `EXISTS (SELECT 1 FROM participant p JOIN assessment a ON a.id = p.assessment_id WHERE p.id = ${participant} AND touchstone_may(a.council_id, (SELECT touchstone_viewer_councils('write'))))`;
