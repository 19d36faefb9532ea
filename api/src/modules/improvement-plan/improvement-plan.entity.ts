import { Entity, Index, OneToMany } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

import { IdFieldColumn, UuidColumn } from '../../common/entity-columns';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';

import { Council, Framework } from './dependencies';
import { PlanHeading } from './plan-heading.entity';

/**
 * A council's improvement plan: its own, seen by its users; a consenting collaboration partner or
 * PAS see it only while the council shares this plan with them (off by default, withdrawable).
 */
@ObjectType({ description: "A council's improvement plan: headings, challenges, actions and their progress history." })
@Entity({ name: 'improvement_plan' })
export class ImprovementPlan extends BaseEntity {
  @Index('ix_improvement_plan_council')
  @IdFieldColumn('council_id')
  councilId: string;

  @ForeignKey(() => Council, { column: 'council_id', constraint: 'fk_improvement_plan_council', onDelete: 'RESTRICT' })
  council: Council;

  @ForeignKey(() => Framework, { column: 'framework_id', constraint: 'fk_improvement_plan_framework', onDelete: 'RESTRICT' })
  framework: Framework;

  @FieldColumn(
    () => ID,
    { name: 'framework_id', type: 'uuid' },
    { description: 'The plan template framework version (peer-challenge-plan) its core-element headings come from.' },
  )
  frameworkId: string;

  @FieldColumn({ type: 'varchar', length: 200 }, { description: 'e.g. "Corporate peer challenge improvement plan 2025".' })
  title: string;

  @FieldColumn(
    { name: 'shared_with_partners', type: 'boolean', default: false },
    { description: "Whether the council's consenting collaboration partners may read this plan. Off by default." },
  )
  sharedWithPartners: boolean;

  @FieldColumn(
    { name: 'shared_with_pas', type: 'boolean', default: false },
    { description: 'Whether PAS may read this plan. Off by default; separate from sharing assessment results with PAS.' },
  )
  sharedWithPas: boolean;

  @FieldColumn({ name: 'is_synthetic', type: 'boolean', default: false }, { description: 'True for demonstration data.' })
  isSynthetic: boolean;

  @UuidColumn('created_by_id', { nullable: true })
  createdById: string | null;

  @Field(() => [PlanHeading], { description: 'In order: the five core elements first, then local themes.' })
  @OneToMany(() => PlanHeading, (heading) => heading.plan)
  headings: PlanHeading[];
}
