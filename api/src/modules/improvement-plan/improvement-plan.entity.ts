import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';

import { Council, Framework } from './dependencies';
import { PlanHeading } from './plan-heading.entity';

/**
 * A council's improvement plan: its own, seen by its users; a consenting collaboration partner or
 * PAS see it only while the council shares this plan with them (off by default, withdrawable).
 */
@ObjectType({ description: "A council's improvement plan: headings, challenges, actions and their progress history." })
@Entity({ name: 'improvement_plan' })
export class ImprovementPlan extends BaseEntity {
  @Field(() => ID)
  @Index('ix_improvement_plan_council')
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne(() => Council, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'fk_improvement_plan_council' })
  council: Council;

  @ManyToOne(() => Framework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_improvement_plan_framework' })
  framework: Framework;

  @Field(() => ID, { description: 'The plan template framework version (peer-challenge-plan) its core-element headings come from.' })
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @Field({ description: 'e.g. "Corporate peer challenge improvement plan 2025".' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: "Whether the council's consenting collaboration partners may read this plan. Off by default." })
  @Column({ name: 'shared_with_partners', type: 'boolean', default: false })
  sharedWithPartners: boolean;

  @Field({ description: 'Whether PAS may read this plan. Off by default; separate from sharing assessment results with PAS.' })
  @Column({ name: 'shared_with_pas', type: 'boolean', default: false })
  sharedWithPas: boolean;

  @Field({ description: 'True for demonstration data.' })
  @Column({ name: 'is_synthetic', type: 'boolean', default: false })
  isSynthetic: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => [PlanHeading], { description: 'In order: the five core elements first, then local themes.' })
  @OneToMany(() => PlanHeading, (heading) => heading.plan)
  headings: PlanHeading[];
}
