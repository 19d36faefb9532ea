import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Councils, PAS and administrators record circumstances through the API, so its role may write them. */
export class AllowApiToRecordCircumstances1795400096054 implements MigrationInterface {
  name = 'AllowApiToRecordCircumstances1795400096054';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT INSERT, DELETE ON council_circumstance TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE INSERT, DELETE ON council_circumstance FROM touchstone_api`);
  }
}
