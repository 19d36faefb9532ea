import { Check, Column, Entity, Index, OneToMany, Unique } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

import { IdFieldColumn } from '../../common/entity-columns';
import { NullableField } from '../../common/graphql/object-fields';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

import { PlanAction } from './plan-action.entity';
import type { PlanHeading } from './plan-heading.entity';
import { SamePlanParent } from './same-plan-parent';

/** Where a challenge came from. */
export const PlanSourceKind = graphqlEnum(
  'PlanSourceKind',
  ['peer_recommendation', 'dm_section', 'dm_statement', 'breakthrough_question', 'ambition_theme', 'local_theme'],
  'PEER_RECOMMENDATION a peer challenge recommendation (reference in sourceReference); DM_SECTION / DM_STATEMENT a DM Challenge Toolkit section or statement; BREAKTHROUGH_QUESTION an improvement breakthroughs question; AMBITION_THEME an improvement self-assessment theme; LOCAL_THEME the council\u2019s own.',
);
export type PlanSourceKind = EnumValue<typeof PlanSourceKind>;

@ObjectType({
  description: 'Where a challenge came from: a recommendation, a framework section, statement, question or theme, or a local theme.',
})
export class PlanSource {
  @Field(() => PlanSourceKind)
  kind: PlanSourceKind;

  @NullableField(String, 'A peer challenge recommendation\u2019s reference, e.g. "R4".')
  reference: string | null;

  @NullableField(String, 'The framework the link points into, e.g. "dm-challenge-toolkit".')
  frameworkKey: string | null;

  @NullableField(String, 'The section, item or theme key within that framework.')
  subjectKey: string | null;

  @NullableField(String, 'The linked section, statement, question or theme as titled when linked.')
  label: string | null;
}

@ObjectType({ description: 'A challenge in the plan (a row of the council\u2019s table), with its outcomes and actions.' })
@Entity({ name: 'plan_challenge' })
@Unique('uq_plan_challenge_id_plan', ['id', 'planId'])
@Check(
  'ck_plan_challenge_source_kind',
  `"source_kind" IN ('peer_recommendation', 'dm_section', 'dm_statement', 'breakthrough_question', 'ambition_theme', 'local_theme')`,
)
export class PlanChallenge extends BaseEntity {
  @Index('ix_plan_challenge_plan')
  @IdFieldColumn('plan_id')
  planId: string;

  @Index('ix_plan_challenge_heading')
  @IdFieldColumn('heading_id')
  headingId: string;

  @SamePlanParent('PlanHeading', {
    column: 'heading_id',
    constraint: 'fk_plan_challenge_heading',
    onDelete: 'CASCADE',
    inverse: 'challenges',
  })
  heading: PlanHeading;

  @FieldColumn({ type: 'text' }, { description: 'The challenge, as the council words it.' })
  title: string;

  @FieldColumn({ type: 'text', default: '' }, { description: 'Outcomes and measures of success; may hold several lines.' })
  outcomes: string;

  @Column({ name: 'source_kind', type: 'varchar', length: 30 })
  sourceKind: PlanSourceKind;

  @Column({ name: 'source_reference', type: 'varchar', length: 100, nullable: true })
  sourceReference: string | null;

  @Column({ name: 'source_framework_key', type: 'varchar', length: 100, nullable: true })
  sourceFrameworkKey: string | null;

  @Column({ name: 'source_subject_key', type: 'varchar', length: 100, nullable: true })
  sourceSubjectKey: string | null;

  @Column({ name: 'source_label', type: 'text', nullable: true })
  sourceLabel: string | null;

  @FieldColumn(() => Int, { type: 'int' })
  position: number;

  @Field(() => [PlanAction], { description: 'In order.' })
  @OneToMany(() => PlanAction, (action) => action.challenge)
  actions: PlanAction[];

  @Field(() => PlanSource)
  get source(): PlanSource {
    return Object.assign(new PlanSource(), {
      kind: this.sourceKind,
      reference: this.sourceReference,
      frameworkKey: this.sourceFrameworkKey,
      subjectKey: this.sourceSubjectKey,
      label: this.sourceLabel,
    });
  }
}
