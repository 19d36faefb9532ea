import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys for submissions, so a retried submission returns the first result. */
export class AddSubmissionIdempotency1795398040647 implements MigrationInterface {
  name = 'AddSubmissionIdempotency1795398040647';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "submission_idempotency" ("key" character varying(100) NOT NULL, "request_hash" character(64) NOT NULL, "assessment_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_submission_idempotency" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "submission_idempotency" ADD CONSTRAINT "fk_submission_idempotency_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission_idempotency" DROP CONSTRAINT "fk_submission_idempotency_assessment"`);
    await queryRunner.query(`DROP TABLE "submission_idempotency"`);
  }
}
