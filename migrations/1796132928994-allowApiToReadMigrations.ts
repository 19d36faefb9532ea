import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the API's role read which migrations have run, so /readyz can say whether the database
 * it serves from is at the schema this build expects. The table holds names and timestamps only.
 */
export class AllowApiToReadMigrations1796132928994 implements MigrationInterface {
  name = 'AllowApiToReadMigrations1796132928994';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT ON migrations TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE SELECT ON migrations FROM touchstone_api`);
  }
}
