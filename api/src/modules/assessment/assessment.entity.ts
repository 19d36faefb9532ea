import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';
import { Council } from '../council/council.entity';
import { Framework } from '../framework/framework.entity';

export enum AssessmentStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  SUPERSEDED = 'superseded',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description:
    "draft: open for responses. submitted: the council's current result for the round, never edited. superseded: an earlier submission replaced by a re-submission, kept as history.",
});

export enum AssessmentCadence {
  ONE_OFF = 'one_off',
  SERIES = 'series',
}
registerEnumType(AssessmentCadence, {
  name: 'AssessmentCadence',
  description: 'one_off: a single assessment. series: one of a series the council repeats (e.g. yearly).',
});

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
  @Field(() => ID)
  @Index('ix_assessment_council')
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => Council)
  @ManyToOne(() => Council, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'fk_assessment_council' })
  council: Council;

  @Field(() => ID)
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @Field(() => Framework)
  @ManyToOne(() => Framework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_assessment_framework' })
  framework: Framework;

  @Field({ description: 'The assessment period, e.g. "2026-27".' })
  @Column({ type: 'varchar', length: 7 })
  round: string;

  @Field(() => AssessmentStatus)
  @Column({ type: 'varchar', length: 20, default: AssessmentStatus.DRAFT })
  status: AssessmentStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The earlier submission this one replaces when submitted.' })
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'fk_assessment_supersedes' })
  supersedes: Assessment | null;

  @Field({ description: 'True for generated demonstration data, which must be labelled as synthetic wherever shown.' })
  @Column({ name: 'is_synthetic', type: 'boolean', default: false })
  isSynthetic: boolean;

  @Field(() => String, { nullable: true, description: 'Why the council is doing this assessment.' })
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Field(() => String, { nullable: true, description: 'Who chairs the sessions (a name or a role, as the council chooses).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  chair: string | null;

  @Field(() => String, { nullable: true, description: 'Who takes notes.' })
  @Column({ name: 'note_taker', type: 'varchar', length: 200, nullable: true })
  noteTaker: string | null;

  @Field(() => AssessmentCadence, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  cadence: AssessmentCadence | null;

  @Field(() => String, { nullable: true, description: 'The timescale for acting on the results, in the council’s words.' })
  @Column({ name: 'action_timescale', type: 'varchar', length: 500, nullable: true })
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
