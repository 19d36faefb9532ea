import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Benchmarks read one scope (sections, themes or items) of many assessments' scores. At sector
 * scale the planner chose to scan the whole table; this index answers those reads from the index
 * alone (an index-only scan), without visiting the table.
 */
export class AddAssessmentScoreCoveringIndex1795401282657 implements MigrationInterface {
  name = 'AddAssessmentScoreCoveringIndex1795401282657';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_assessment_score_assessment_scope" ON "assessment_score" ("assessment_id", "scope") INCLUDE ("subject_id", "dimension_id", "score")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_assessment_score_assessment_scope"`);
  }
}
