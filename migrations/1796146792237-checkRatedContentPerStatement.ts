import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Responses and agreed ratings have their item, dimension and level checked once per statement
 * instead of once per row. A 15-participant submission writes about 1,400 responses, and each of
 * the three foreign keys to framework content ran its own look-up and row lock (FOR KEY SHARE) on
 * every one: about 4,000 look-ups, and locks that concurrent submissions shared on the same few
 * level rows, for most of a submission's database time. Framework content is never changed or
 * deleted (touchstone_refuse_change on update, delete and truncate), so a foreign key's other half
 * (refusing to delete referenced content) was never needed, and its row locks guarded nothing. A
 * statement-level trigger now checks each distinct item, dimension and level of the statement's
 * new rows, and refuses a missing one with the foreign key's own error (23503, same constraint
 * name). The link to the participant or the assessment (deleted with it) stays a foreign key.
 */
export class CheckRatedContentPerStatement1796146792237 implements MigrationInterface {
  name = 'CheckRatedContentPerStatement1796146792237';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION touchstone_check_rated_content() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $function$
      DECLARE
        missing uuid;
      BEGIN
${CONTENT_KEYS.map(checkOf).join('\n')}
        RETURN NULL;
      END $function$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_check_rated_content() FROM PUBLIC`);
    for (const table of RATED_TABLES) {
      // A trigger with a transition table has one event, so inserts and updates have one each.
      for (const { event, name } of CONTENT_TRIGGERS) {
        await queryRunner.query(`CREATE TRIGGER trg_${table}_content_${name} AFTER ${event} ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touchstone_check_rated_content()`);
      }
      for (const fk of CONTENT_KEYS) await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT fk_${table}_${fk.name}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...RATED_TABLES].reverse()) {
      for (const fk of [...CONTENT_KEYS].reverse()) {
        await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT fk_${table}_${fk.name}
        FOREIGN KEY (${fk.column}) REFERENCES ${fk.references}(id) ON DELETE RESTRICT`);
      }
      for (const { name } of [...CONTENT_TRIGGERS].reverse())
        await queryRunner.query(`DROP TRIGGER trg_${table}_content_${name} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION touchstone_check_rated_content()`);
  }
}

const RATED_TABLES = ['participant_response', 'agreed_rating'];

const CONTENT_TRIGGERS = [
  { event: 'INSERT', name: 'inserted' },
  { event: 'UPDATE', name: 'updated' },
];

const CONTENT_KEYS = [
  { name: 'item', column: 'item_id', references: 'framework_item' },
  { name: 'dimension', column: 'dimension_id', references: 'rating_dimension' },
  { name: 'level', column: 'level_id', references: 'rating_level' },
];

/** Refuses the statement when one of its new rows names a missing row of the key's table, as the foreign key did. */
const checkOf = ({ name, column, references }: (typeof CONTENT_KEYS)[number]) => `        SELECT n.${column} INTO missing FROM (SELECT DISTINCT ${column} FROM new_rows) n
         WHERE NOT EXISTS (SELECT 1 FROM ${references} r WHERE r.id = n.${column}) LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint "%"', TG_TABLE_NAME, 'fk_' || TG_TABLE_NAME || '_${name}'
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fk_' || TG_TABLE_NAME || '_${name}', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA,
                  DETAIL = format('Key (${column})=(%s) is not present in table "${references}".', missing);
        END IF;`;
