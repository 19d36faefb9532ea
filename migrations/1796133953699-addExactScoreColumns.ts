import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scores become exact: a whole-number numerator over a denominator known from the framework
 * (api/src/common/exact-score.ts), so that equal scores are equal and ties are decided by integers.
 * This adds the two columns and the denominator's definition in the database; the next migration
 * fills them from the stored scores, and the one after derives the display score from them.
 */
export class AddExactScoreColumns1796133953699 implements MigrationInterface {
  name = 'AddExactScoreColumns1796133953699';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_score" ADD "score_numerator" bigint`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ADD "score_denominator" bigint`);
    // The same definition as scoreDenominator() in api/src/common/exact-score.ts: 2 × (levels − 1) × lcm(1..items).
    await queryRunner.query(`CREATE FUNCTION touchstone_score_denominator(p_levels int, p_items int) RETURNS bigint
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        v_lcm bigint := 1;
      BEGIN
        FOR k IN 2..greatest(p_items, 1) LOOP
          v_lcm := lcm(v_lcm, k::bigint);
        END LOOP;
        RETURN 2 * (p_levels - 1) * v_lcm;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_score_denominator(int, int)`);
    await queryRunner.query(`ALTER TABLE "assessment_score" DROP COLUMN "score_denominator"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" DROP COLUMN "score_numerator"`);
  }
}
