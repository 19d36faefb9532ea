import { Check, Column, Entity, Index, OneToMany, Unique } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

import { IdFieldColumn } from '../../common/entity-columns';
import { NullableField } from '../../common/graphql/object-fields';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

import type { ImprovementPlan } from './improvement-plan.entity';
import { PlanChallenge } from './plan-challenge.entity';

export const PlanHeadingKind = graphqlEnum(
  'PlanHeadingKind',
  ['core_element', 'local_theme'],
  "CORE_ELEMENT one of the peer challenge plan framework's sections; LOCAL_THEME a heading of the council's own.",
);
export type PlanHeadingKind = EnumValue<typeof PlanHeadingKind>;

@ObjectType({ description: "A heading of a plan: a corporate peer challenge core element or one of the council's own themes." })
@Entity({ name: 'plan_heading' })
@Index('uq_plan_heading_title', ['planId', 'title'], { unique: true })
@Unique('uq_plan_heading_id_plan', ['id', 'planId'])
@Check('ck_plan_heading_kind', `"kind" IN ('core_element', 'local_theme')`)
export class PlanHeading extends BaseEntity {
  @IdFieldColumn('plan_id')
  planId: string;

  @ForeignKey('ImprovementPlan', { column: 'plan_id', constraint: 'fk_plan_heading_plan', onDelete: 'CASCADE', inverse: 'headings' })
  plan: ImprovementPlan;

  @FieldColumn(() => PlanHeadingKind, { type: 'varchar', length: 20 })
  kind: PlanHeadingKind;

  @NullableField(String, 'For a core element, the framework section key (e.g. "financial-planning-and-management").')
  @Column({ name: 'section_key', type: 'varchar', length: 100, nullable: true })
  sectionKey: string | null;

  @FieldColumn({ type: 'varchar', length: 300 })
  title: string;

  @FieldColumn(() => Int, { type: 'int' })
  position: number;

  @Field(() => [PlanChallenge], { description: 'In order.' })
  @OneToMany(() => PlanChallenge, (challenge) => challenge.heading)
  challenges: PlanChallenge[];
}
