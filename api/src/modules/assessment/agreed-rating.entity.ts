import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { FrameworkItem, RatingDimension, RatingLevel } from '../framework/index';
import { ForeignKey } from '../../common/foreign-key';

import { Assessment } from './assessment.entity';

/** The council's agreed (consensus) level for an item on a dimension, entered by its lead, with an optional private note. */
@Entity({ name: 'agreed_rating' })
export class AgreedRating {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid', primaryKeyConstraintName: 'pk_agreed_rating' })
  assessmentId: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'pk_agreed_rating' })
  itemId: string;

  @PrimaryColumn({ name: 'dimension_id', type: 'uuid', primaryKeyConstraintName: 'pk_agreed_rating' })
  dimensionId: string;

  @Column({ name: 'level_id', type: 'uuid' })
  levelId: string;

  /** Free text that never leaves the council: never aggregated, never shown to another council. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Links or short texts backing the agreed level; like the note, they never leave the council. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidence: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ForeignKey(() => Assessment, { column: 'assessment_id', constraint: 'fk_agreed_rating_assessment', onDelete: 'CASCADE' })
  assessment: Assessment;

  // Checked once per statement by touchstone_check_rated_content (framework content is never deleted), not by foreign keys.
  @ManyToOne(() => FrameworkItem, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'item_id' })
  item: FrameworkItem;

  @ManyToOne(() => RatingDimension, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'dimension_id' })
  dimension: RatingDimension;

  @ManyToOne(() => RatingLevel, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'level_id' })
  level: RatingLevel;
}
