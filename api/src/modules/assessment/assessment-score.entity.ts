import { Check, Column, Entity, Index } from 'typeorm';

import { UuidPrimaryColumn } from '../../common/entity-columns';
import { decimalTransformer } from '../../common/database/decimal.transformer';
import { ForeignKey } from '../../common/foreign-key';

import { Assessment } from './assessment.entity';

export type ScoreScope = 'item' | 'section' | 'theme';

/**
 * A score computed once when an assessment is submitted, for each item, section and theme on each
 * dimension, so benchmark reads never scan individual responses.
 */
@Entity({ name: 'assessment_score' })
@Check(
  'ck_assessment_score_exact',
  'score_denominator > 0 AND (score_numerator IS NULL OR score_numerator BETWEEN 0 AND score_denominator)',
)
@Index('ix_assessment_score_subject', ['subjectId', 'dimensionId'])
// Covering index with INCLUDE columns, which TypeORM cannot describe: created by its migration, left alone here.
@Index('ix_assessment_score_assessment_scope', { synchronize: false })
export class AssessmentScore {
  @UuidPrimaryColumn('assessment_id', 'pk_assessment_score')
  assessmentId: string;

  /** The section, theme or item id; `scope` says which. */
  @UuidPrimaryColumn('subject_id', 'pk_assessment_score')
  subjectId: string;

  @UuidPrimaryColumn('dimension_id', 'pk_assessment_score')
  dimensionId: string;

  @Column({ type: 'varchar', length: 10 })
  scope: ScoreScope;

  /**
   * 0–100 to three decimals, for display only, or null when nothing in the subject was answered. The
   * database derives it from the exact score (a trigger, touchstone_display_score), so it is never written.
   */
  @Column({ type: 'numeric', precision: 6, scale: 3, nullable: true, transformer: decimalTransformer, insert: false, update: false })
  score: number | null;

  /** The exact score: numerator / denominator of the way up the scale (common/exact-score.ts); compare these, never `score`. */
  @Column({ name: 'score_numerator', type: 'bigint', nullable: true, transformer: decimalTransformer })
  numerator: number | null;

  /** The subject's known denominator: the same for every council's score of one subject and dimension. */
  @Column({ name: 'score_denominator', type: 'bigint', transformer: decimalTransformer })
  denominator: number;

  @Column({ type: 'int' })
  answered: number;

  @Column({ type: 'int' })
  total: number;

  /** Disagreement between participants (mean interquartile range of their scores), null with fewer than two. */
  @Column({ type: 'numeric', precision: 6, scale: 3, nullable: true, transformer: decimalTransformer })
  spread: number | null;

  @ForeignKey(() => Assessment, { column: 'assessment_id', constraint: 'fk_assessment_score_assessment', onDelete: 'CASCADE' })
  assessment: Assessment;
}
