import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stamp of the facts that place councils in fixed peer groups, so that a recorded release can be
 * served again while who is in each group is unchanged (api/src/modules/benchmark/release-ledger.ts).
 *
 * council_facts_version holds one number, bumped by statement-level triggers on every change to
 * council_circumstance (a circumstance recorded, changed or removed) and to council (type, region),
 * in the same transaction as the change. Together with benchmark_data_version (bumped on every
 * change in what is submitted) it stamps everything a benchmark figure is computed from. Both hold
 * counters only, no council's data, so the API role may read them outside a viewer transaction.
 */
export class StampPeerGroupFacts1796143174690 implements MigrationInterface {
  name = 'StampPeerGroupFacts1796143174690';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE council_facts_version (
        id smallint NOT NULL DEFAULT 1,
        version bigint NOT NULL DEFAULT 0,
        CONSTRAINT pk_council_facts_version PRIMARY KEY (id),
        CONSTRAINT ck_council_facts_version_one_row CHECK (id = 1))`);
    await queryRunner.query(`INSERT INTO council_facts_version DEFAULT VALUES`);
    await queryRunner.query(`CREATE FUNCTION touchstone_bump_council_facts_version() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE council_facts_version SET version = version + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of STAMPED_TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_facts_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION touchstone_bump_council_facts_version()`);
    }
    await queryRunner.query(`GRANT SELECT ON council_facts_version, benchmark_data_version TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE SELECT ON council_facts_version, benchmark_data_version FROM touchstone_api`);
    for (const table of [...STAMPED_TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER ${table}_facts_version ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION touchstone_bump_council_facts_version()`);
    await queryRunner.query(`DROP TABLE council_facts_version`);
  }
}

/** The tables whose changes can move a council into or out of a fixed peer group. */
const STAMPED_TABLES = ['council', 'council_circumstance'];
