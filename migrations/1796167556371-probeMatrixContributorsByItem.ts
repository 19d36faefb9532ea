import type { MigrationInterface, QueryRunner } from 'typeorm';

import { replaceInFunction } from './function-text';

/**
 * touchstone_matrix_contributors found whether each council's latest submission contributes to the
 * matrix (an item rated on both dimensions) by hashing all of its items' scores on the second
 * dimension for every council: at sector scale about a third of the figures' own time. Now it takes
 * the submission's first item rated on the first dimension whose score on the second is there too,
 * the second found by one primary-key probe, and stops there. The set it returns is the same.
 */
export class ProbeMatrixContributorsByItem1796167556371 implements MigrationInterface {
  name = 'ProbeMatrixContributorsByItem1796167556371';

  async up(queryRunner: QueryRunner): Promise<void> {
    await replaceInFunction(queryRunner, SIGNATURE, [HASHED], [PROBED]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await replaceInFunction(queryRunner, SIGNATURE, [PROBED], [HASHED]);
  }
}

const SIGNATURE = 'touchstone_matrix_contributors(uuid, text[], uuid, uuid, uuid)';

/** As 1796165315645-readMatrixContributors wrote it. */
const HASHED = `            FROM latest l
            JOIN release_submission n ON n.assessment_id = l.id
           WHERE EXISTS (
                   SELECT 1
                     FROM assessment_score sa
                     JOIN assessment_score sb
                       ON sb.assessment_id = sa.assessment_id AND sb.scope = 'item' AND sb.subject_id = sa.subject_id
                      AND sb.dimension_id = p_dim_b AND sb.score_numerator IS NOT NULL
                    WHERE sa.assessment_id = l.id AND sa.scope = 'item' AND sa.dimension_id = p_dim_a AND sa.score_numerator IS NOT NULL)`;

const PROBED = `            FROM latest l
            -- The first item rated on the first dimension whose score on the second (one primary-key probe) is there too.
            CROSS JOIN LATERAL (
              SELECT 1 FROM assessment_score sa
               WHERE sa.assessment_id = l.id AND sa.scope = 'item' AND sa.dimension_id = p_dim_a AND sa.score_numerator IS NOT NULL
                 AND (SELECT sb.score_numerator FROM assessment_score sb
                       WHERE sb.assessment_id = l.id AND sb.subject_id = sa.subject_id AND sb.dimension_id = p_dim_b AND sb.scope = 'item') IS NOT NULL
               LIMIT 1) rated
            JOIN release_submission n ON n.assessment_id = l.id`;
