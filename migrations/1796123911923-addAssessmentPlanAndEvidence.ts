import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An assessment's plan, kept with it: the sections included (null = all), the statements skipped
 * as not important to the council, why it is done, who chairs and takes notes, one-off or series,
 * and the timescale for action. Agreed ratings gain evidence (links or short texts) beside the note;
 * both stay within the council (row-level security on agreed_rating already scopes them).
 */
export class AddAssessmentPlanAndEvidence1796123911923 implements MigrationInterface {
  name = 'AddAssessmentPlanAndEvidence1796123911923';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment" ADD "purpose" text`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "chair" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "note_taker" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "cadence" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "action_timescale" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "included_section_ids" uuid array`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "skipped_item_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "agreed_rating" ADD "evidence" text array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreed_rating" DROP COLUMN "evidence"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "skipped_item_ids"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "included_section_ids"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "action_timescale"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "cadence"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "note_taker"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "chair"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "purpose"`);
  }
}
