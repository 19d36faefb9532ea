import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';

import type { Framework } from './framework.entity';
import { RatingLevel } from './rating-level.entity';

@ObjectType({ description: 'An ordinal rating scale items are rated on, e.g. "progress" or "where we are now".' })
@Entity({ name: 'rating_dimension' })
@Index('uq_rating_dimension_key', ['frameworkId', 'key'], { unique: true })
export class RatingDimension extends BaseEntity {
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOne('Framework', 'dimensions', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_rating_dimension_framework' })
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

  @Field(() => [RatingLevel], { description: 'The scale, lowest level first.' })
  @OneToMany(() => RatingLevel, (level) => level.dimension)
  levels: RatingLevel[];
}
