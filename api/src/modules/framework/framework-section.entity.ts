import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';

import { FrameworkItem } from './framework-item.entity';
import type { Framework } from './framework.entity';

@ObjectType({ description: 'A section (or breakthrough area, theme, core element) of a framework version.' })
@Entity({ name: 'framework_section' })
@Index('uq_framework_section_key', ['frameworkId', 'key'], { unique: true })
export class FrameworkSection extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOne('Framework', 'sections', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_framework_section_framework' })
  framework: Framework;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => [String], { description: "Practical tips for improving in this section ('top tips')." })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  tips: string[];

  @Field(() => [FrameworkItem], { description: 'In order.' })
  @OneToMany(() => FrameworkItem, (item) => item.section)
  items: FrameworkItem[];
}
