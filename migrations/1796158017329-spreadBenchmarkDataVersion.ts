import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How many rows a framework's benchmark data version is spread over. */
const SLOTS = 32;

/** The bump trigger's function, writing to the given table with the given extra key column and its value. */
const bumpFunction = (
  table: string,
  key: { column: string; value: string } | undefined,
) => `CREATE OR REPLACE FUNCTION touchstone_bump_benchmark_version()
      RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO ${table} AS v (framework_id, ${key ? `${key.column}, ` : ''}version)
             VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.framework_id ELSE NEW.framework_id END, ${key ? `${key.value}, ` : ''}1)
        ON CONFLICT (framework_id${key ? `, ${key.column}` : ''}) DO UPDATE SET version = v.version + 1;
        RETURN NULL;
      END $$`;

/**
 * A framework's benchmark data version is spread over several rows, so concurrent submissions stop
 * queueing for one row at commit.
 *
 * The version was one row per framework, bumped by deferred triggers at every commit that changes
 * what is submitted. Each committing submission held that row's lock through its commit's WAL
 * flush, so submissions to one framework committed one after another: with 8 concurrent
 * submissions, as long spent waiting for the row (Lock:transactionid at COMMIT) as flushing WAL.
 *
 * Now each change bumps one of ${SLOTS} slot rows (the one its database connection maps to), and
 * benchmark_data_version is a view of the slots' sum per framework, read exactly as the table was.
 * Every committed change adds one to that sum and nothing takes from it, so the version still moves
 * on every change in what is submitted, only grows, and a reader sees it move once the change is
 * committed; two submissions clash only when their connections map to the same slot.
 */
export class SpreadBenchmarkDataVersion1796158017329 implements MigrationInterface {
  name = 'SpreadBenchmarkDataVersion1796158017329';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE SELECT ON benchmark_data_version FROM touchstone_api`);
    await queryRunner.query(`ALTER TABLE benchmark_data_version RENAME TO benchmark_data_version_slot`);
    await queryRunner.query(`ALTER TABLE benchmark_data_version_slot ADD COLUMN slot smallint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE benchmark_data_version_slot DROP CONSTRAINT benchmark_data_version_pkey`);
    await queryRunner.query(
      `ALTER TABLE benchmark_data_version_slot ADD CONSTRAINT pk_benchmark_data_version_slot PRIMARY KEY (framework_id, slot)`,
    );
    await queryRunner.query(
      `ALTER TABLE benchmark_data_version_slot ADD CONSTRAINT ck_benchmark_data_version_slot CHECK (slot >= 0 AND slot < ${SLOTS})`,
    );
    await queryRunner.query(`CREATE VIEW benchmark_data_version AS
        SELECT framework_id, sum(version)::bigint AS version FROM benchmark_data_version_slot GROUP BY framework_id`);
    await queryRunner.query(`GRANT SELECT ON benchmark_data_version TO touchstone_api`);
    await queryRunner.query(bumpFunction('benchmark_data_version_slot', { column: 'slot', value: `pg_backend_pid() % ${SLOTS}` }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(bumpFunction('benchmark_data_version', undefined));
    await queryRunner.query(`REVOKE SELECT ON benchmark_data_version FROM touchstone_api`);
    await queryRunner.query(`DROP VIEW benchmark_data_version`);
    await queryRunner.query(`UPDATE benchmark_data_version_slot s SET version = t.version
        FROM (SELECT framework_id, sum(version)::bigint AS version FROM benchmark_data_version_slot GROUP BY framework_id) t
       WHERE s.framework_id = t.framework_id AND s.slot = (SELECT min(slot) FROM benchmark_data_version_slot m WHERE m.framework_id = s.framework_id)`);
    await queryRunner.query(`DELETE FROM benchmark_data_version_slot s
       WHERE s.slot <> (SELECT min(slot) FROM benchmark_data_version_slot m WHERE m.framework_id = s.framework_id)`);
    await queryRunner.query(`ALTER TABLE benchmark_data_version_slot DROP CONSTRAINT ck_benchmark_data_version_slot`);
    await queryRunner.query(`ALTER TABLE benchmark_data_version_slot DROP CONSTRAINT pk_benchmark_data_version_slot`);
    await queryRunner.query(
      `ALTER TABLE benchmark_data_version_slot ADD CONSTRAINT benchmark_data_version_pkey PRIMARY KEY (framework_id)`,
    );
    await queryRunner.query(`ALTER TABLE benchmark_data_version_slot DROP COLUMN slot`);
    await queryRunner.query(`ALTER TABLE benchmark_data_version_slot RENAME TO benchmark_data_version`);
    await queryRunner.query(`GRANT SELECT ON benchmark_data_version TO touchstone_api`);
  }
}
