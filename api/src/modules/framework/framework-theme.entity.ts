import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';

import type { Framework } from './framework.entity';

@ObjectType({ description: 'A cross-cutting theme; an item may sit under several.' })
@Entity({ name: 'framework_theme' })
@Index('uq_framework_theme_key', ['frameworkId', 'key'], { unique: true })
export class FrameworkTheme extends BaseEntity {
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOne('Framework', 'themes', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_framework_theme_framework' })
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
}
