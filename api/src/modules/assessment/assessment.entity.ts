import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { IdFieldColumn, TimestampFieldColumn } from '../../common/entity-columns';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';
import { Council } from '../council/index';
import { Framework } from '../framework/index';

export const AssessmentStatus = graphqlEnum(
  'AssessmentStatus',
  ['draft', 'submitted', 'superseded'],
  "draft: open for responses. submitted: the council's current result for the round, never edited. superseded: an earlier submission replaced by a re-submission, kept as history.",
);
export type AssessmentStatus = EnumValue<typeof AssessmentStatus>;

export const AssessmentCadence = graphqlEnum(
  'AssessmentCadence',
  ['one_off', 'series'],
  'one_off: a single assessment. series: one of a series the council repeats (e.g. yearly).',
);
export type AssessmentCadence = EnumValue<typeof AssessmentCadence>;

/** A council's self-assessment against one framework version in one round. */
@ObjectType({ description: 'A council × framework version × round self-assessment.' })
@Entity({ name: 'assessment' })
// One open draft and one current submission per council, framework version and round; superseded history is unlimited.
@Index('uq_assessment_open_draft', ['councilId', 'frameworkId', 'round'], { unique: true, where: "status = 'draft'" })
@Index('ix_assessment_framework_round_status', ['frameworkId', 'round', 'status'])
@Index('uq_assessment_current_submission', ['councilId', 'frameworkId', 'round'], { unique: true, where: "status = 'submitted'" })
// Who submitted in each round, answered from the index alone (the differencing check reads it on every benchmark).
@Index('ix_assessment_submitted_by_round', ['frameworkId', 'round', 'councilId'], { where: "status = 'submitted'" })
export class Assessment extends BaseEntity {
  @Index('ix_assessment_council')
  @IdFieldColumn('council_id')
  councilId: string;

  @Field(() => Council)
  @ForeignKey(() => Council, { column: 'council_id', constraint: 'fk_assessment_council', onDelete: 'RESTRICT' })
  council: Council;

  @IdFieldColumn('framework_id')
  frameworkId: string;

  @Field(() => Framework)
  @ForeignKey(() => Framework, { column: 'framework_id', constraint: 'fk_assessment_framework', onDelete: 'RESTRICT' })
  framework: Framework;

  @FieldColumn({ type: 'varchar', length: 7 }, { description: 'The assessment period, e.g. "2026-27".' })
  round: string;

  @FieldColumn(() => AssessmentStatus, { type: 'varchar', length: 20, default: AssessmentStatus.DRAFT })
  status: AssessmentStatus;

  @TimestampFieldColumn('submitted_at', { nullable: true })
  submittedAt: Date | null;

  @IdFieldColumn('supersedes_id', { nullable: true, description: 'The earlier submission this one replaces when submitted.' })
  supersedesId: string | null;

  @ForeignKey(() => Assessment, { column: 'supersedes_id', constraint: 'fk_assessment_supersedes', onDelete: 'RESTRICT' })
  supersedes: Assessment | null;

  @FieldColumn(
    { name: 'is_synthetic', type: 'boolean', default: false },
    { description: 'True for generated demonstration data, which must be labelled as synthetic wherever shown.' },
  )
  isSynthetic: boolean;

  @FieldColumn(() => String, { type: 'text', nullable: true }, { description: 'Why the council is doing this assessment.' })
  purpose: string | null;

  @FieldColumn(
    () => String,
    { type: 'varchar', length: 200, nullable: true },
    { description: 'Who chairs the sessions (a name or a role, as the council chooses).' },
  )
  chair: string | null;

  @FieldColumn(() => String, { name: 'note_taker', type: 'varchar', length: 200, nullable: true }, { description: 'Who takes notes.' })
  noteTaker: string | null;

  @FieldColumn(() => AssessmentCadence, { type: 'varchar', length: 20, nullable: true })
  cadence: AssessmentCadence | null;

  @FieldColumn(
    () => String,
    { name: 'action_timescale', type: 'varchar', length: 500, nullable: true },
    { description: 'The timescale for acting on the results, in the council’s words.' },
  )
  actionTimescale: string | null;

  /** The sections included; null means every section of the framework version. */
  @Column({ name: 'included_section_ids', type: 'uuid', array: true, nullable: true })
  includedSectionIds: string[] | null;

  /** Statements that do not matter to the council ("not important to us"): not rated, not counted as missing. */
  @Column({ name: 'skipped_item_ids', type: 'uuid', array: true, default: () => "'{}'" })
  skippedItemIds: string[];

  @Field(() => Date, { description: 'When the assessment was started (the draft opened).' })
  get startedAt(): Date {
    return this.createdAt;
  }

  @Field(() => Date, { description: 'When anything in it last changed (a response, an agreed rating, its plan).' })
  get lastChangedAt(): Date {
    return this.updatedAt;
  }

  get isEditable(): boolean {
    return this.status === AssessmentStatus.DRAFT;
  }
}
