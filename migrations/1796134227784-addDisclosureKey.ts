import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The installation's disclosure key: a secret, made once at random, from which each distribution's
 * pseudo-total is drawn (api/src/modules/benchmark/small-numbers.ts), ONS cell-key style. Kept in
 * the database so every API process and every restart draws the same figures for the same cell,
 * and so that no one outside can work the pseudo-totals out. The API reads it; it never changes.
 */
export class AddDisclosureKey1796134227784 implements MigrationInterface {
  name = 'AddDisclosureKey1796134227784';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "disclosure_key" (
        "id" smallint NOT NULL DEFAULT 1,
        "secret" text NOT NULL DEFAULT (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')),
        CONSTRAINT "pk_disclosure_key" PRIMARY KEY ("id"),
        CONSTRAINT "ck_disclosure_key_one_row" CHECK ("id" = 1))`);
    await queryRunner.query(`INSERT INTO "disclosure_key" DEFAULT VALUES`);
    await queryRunner.query(`GRANT SELECT ON "disclosure_key" TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON "disclosure_key" FROM touchstone_api`);
    await queryRunner.query(`DROP TABLE "disclosure_key"`);
  }
}
