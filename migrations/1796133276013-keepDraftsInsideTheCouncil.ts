import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Only submitted assessments leave the council: row-level security now hides a draft from everyone
 * but the council itself (its lead and members: the verified viewer's own council, whatever a
 * token's scopes) and administrators, so a consenting partner or PAS, who may read the council's results, reads its
 * submissions and never its drafts. The policies of agreed ratings, scores, participants and their
 * responses find their assessment through this table, so they hide a draft's rows too. The API
 * applies the same rule first (api/src/common/auth/draft-access.ts).
 */
export class KeepDraftsInsideTheCouncil1796133276013 implements MigrationInterface {
  name = 'KeepDraftsInsideTheCouncil1796133276013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY assessment_read ON assessment`);
    await queryRunner.query(
      `CREATE POLICY assessment_read ON assessment FOR SELECT
        USING (touchstone_may(council_id, (SELECT touchstone_viewer_councils('read_agreed')))
               AND (status <> 'draft' OR touchstone_may(council_id, (SELECT touchstone_viewer_councils('own')))))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY assessment_read ON assessment`);
    await queryRunner.query(
      `CREATE POLICY assessment_read ON assessment FOR SELECT USING (touchstone_may(council_id, (SELECT touchstone_viewer_councils('read_agreed'))))`,
    );
  }
}
