import { Entity, Index, OneToMany } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { UuidColumn } from '../../common/entity-columns';
import { ForeignKey } from '../../common/foreign-key';

import type { Framework } from './framework.entity';
import { FrameworkPart } from './framework-part.entity';
import { RatingLevel } from './rating-level.entity';

@ObjectType({ description: 'An ordinal rating scale items are rated on, e.g. "progress" or "where we are now".' })
@Entity({ name: 'rating_dimension' })
@Index('uq_rating_dimension_key', ['frameworkId', 'key'], { unique: true })
export class RatingDimension extends FrameworkPart {
  @UuidColumn('framework_id')
  frameworkId: string;

  @ForeignKey('Framework', {
    column: 'framework_id',
    constraint: 'fk_rating_dimension_framework',
    onDelete: 'CASCADE',
    inverse: 'dimensions',
  })
  framework: Framework;

  @Field(() => [RatingLevel], { description: 'The scale, lowest level first.' })
  @OneToMany(() => RatingLevel, (level) => level.dimension)
  levels: RatingLevel[];
}
