import { Column, Entity } from 'typeorm';

import { UpdatedAtColumn, UuidPrimaryColumn } from '../../common/entity-columns';
import { ForeignKey } from '../../common/foreign-key';

import { Assessment } from './assessment.entity';
import { RatedLevel } from './rated-level';

/** The council's agreed (consensus) level for an item on a dimension, entered by its lead, with an optional private note. */
@Entity({ name: 'agreed_rating' })
export class AgreedRating extends RatedLevel('agreed_rating') {
  @UuidPrimaryColumn('assessment_id', 'pk_agreed_rating')
  assessmentId: string;

  /** Free text that never leaves the council: never aggregated, never shown to another council. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Links or short texts backing the agreed level; like the note, they never leave the council. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidence: string[];

  @UpdatedAtColumn()
  updatedAt: Date;

  @ForeignKey(() => Assessment, { column: 'assessment_id', constraint: 'fk_agreed_rating_assessment', onDelete: 'CASCADE' })
  assessment: Assessment;
}
