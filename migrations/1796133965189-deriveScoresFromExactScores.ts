import type { MigrationInterface, QueryRunner } from 'typeorm';

import { replaceInFunction } from './function-text';

/**
 * The exact score becomes the score. The 0–100 figure is derived from it by the database (a trigger
 * writes it on every insert and update, for display only, so no writer can make the two disagree),
 * and the functions that place scores on levels or order them
 * read the exact numerators: touchstone_nearest_level() is the one tie rule for nearest level (a
 * score exactly halfway between two levels takes the higher), the same as nearestLevel() in
 * api/src/common/exact-score.ts. Stored peer distributions were built from rounded scores, so they
 * are cleared and rebuild on the next read.
 */
export class DeriveScoresFromExactScores1796133965189 implements MigrationInterface {
  name = 'DeriveScoresFromExactScores1796133965189';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_score" ALTER COLUMN "score_denominator" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ADD CONSTRAINT "ck_assessment_score_exact"
      CHECK (score_denominator > 0 AND (score_numerator IS NULL OR score_numerator BETWEEN 0 AND score_denominator))`);
    await queryRunner.query(`CREATE FUNCTION touchstone_display_score() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.score := round(100.0 * NEW.score_numerator / NEW.score_denominator, 3);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER assessment_score_display BEFORE INSERT OR UPDATE ON assessment_score
      FOR EACH ROW EXECUTE FUNCTION touchstone_display_score()`);
    // Every display score rewritten from its exact score: the trigger sets it, whatever the update says.
    await queryRunner.query(`UPDATE assessment_score SET score = NULL`);
    await queryRunner.query(`DROP INDEX "ix_assessment_score_assessment_scope"`);
    await queryRunner.query(`CREATE INDEX "ix_assessment_score_assessment_scope" ON "assessment_score" ("assessment_id", "scope")
      INCLUDE ("subject_id", "dimension_id", "score_numerator", "score_denominator")`);
    await queryRunner.query(`CREATE FUNCTION touchstone_nearest_level(p_numerator bigint, p_denominator bigint, p_levels int) RETURNS int
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ((2 * p_numerator * (p_levels - 1) + p_denominator) / (2 * p_denominator))::int $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION touchstone_nearest_level(bigint, bigint, int) IS 'The level (0 = lowest) nearest an exact score; exactly halfway takes the higher level.'`,
    );
    for (const [signature, from, to] of EXACT_READS) await replaceInFunction(queryRunner, signature, from, to);
    await queryRunner.query(`DELETE FROM peer_distribution`);
    await queryRunner.query(`DELETE FROM peer_distribution_state`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM peer_distribution_state`);
    await queryRunner.query(`DELETE FROM peer_distribution`);
    for (const [signature, from, to] of [...EXACT_READS].reverse()) await replaceInFunction(queryRunner, signature, to, from);
    await queryRunner.query(`DROP FUNCTION touchstone_nearest_level(bigint, bigint, int)`);
    await queryRunner.query(`DROP INDEX "ix_assessment_score_assessment_scope"`);
    await queryRunner.query(
      `CREATE INDEX "ix_assessment_score_assessment_scope" ON "assessment_score" ("assessment_id", "scope") INCLUDE ("subject_id", "dimension_id", "score")`,
    );
    await queryRunner.query(`DROP TRIGGER assessment_score_display ON assessment_score`);
    await queryRunner.query(`DROP FUNCTION touchstone_display_score()`);
    await queryRunner.query(`ALTER TABLE "assessment_score" DROP CONSTRAINT "ck_assessment_score_exact"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ALTER COLUMN "score_denominator" DROP NOT NULL`);
  }
}

/**
 * The lines of the reviewed functions that read scores, as 1795402000000 and 1796124531007 wrote them
 * and as they read exact scores from now on: [function, before, after].
 */
const EXACT_READS: [string, string[], string[]][] = [
  [
    'touchstone_build_peer_distribution(uuid, text[], text, text, uuid[], text, bigint)',
    [
      's.score::double precision AS score, dl.levels,',
      'round(s.score * (dl.levels - 1) / 100.0)::int AS level',
      'WHERE s.scope = p_scope AND s.score IS NOT NULL',
    ],
    [
      's.score_numerator::double precision AS score, dl.levels,',
      'touchstone_nearest_level(s.score_numerator, s.score_denominator, dl.levels) AS level',
      'WHERE s.scope = p_scope AND s.score_numerator IS NOT NULL',
    ],
  ],
  [
    'touchstone_level_pairs(uuid, text[], uuid, uuid, int, int, uuid)',
    [
      'round(sa.score * (p_levels_a - 1) / 100.0)::int AS level_a',
      'round(sb.score * (p_levels_b - 1) / 100.0)::int AS level_b',
      'sa.dimension_id = p_dim_a AND sa.score IS NOT NULL',
      'sb.subject_id = sa.subject_id AND sb.score IS NOT NULL',
    ],
    [
      'touchstone_nearest_level(sa.score_numerator, sa.score_denominator, p_levels_a) AS level_a',
      'touchstone_nearest_level(sb.score_numerator, sb.score_denominator, p_levels_b) AS level_b',
      'sa.dimension_id = p_dim_a AND sa.score_numerator IS NOT NULL',
      'sb.subject_id = sa.subject_id AND sb.score_numerator IS NOT NULL',
    ],
  ],
];
