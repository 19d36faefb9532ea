import { Entity, Index } from 'typeorm';
import { Float, Int, ObjectType } from 'type-graphql';

import { UuidColumn } from '../../common/entity-columns';
import { BaseEntity } from '../../common/base.entity';
import { decimalTransformer } from '../../common/database/decimal.transformer';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';

import type { RatingDimension } from './rating-dimension.entity';

@ObjectType({ description: 'One level of a rating scale.' })
@Entity({ name: 'rating_level' })
@Index('uq_rating_level_key', ['dimensionId', 'key'], { unique: true })
export class RatingLevel extends BaseEntity {
  @UuidColumn('dimension_id')
  dimensionId: string;

  @ForeignKey('RatingDimension', {
    column: 'dimension_id',
    constraint: 'fk_rating_level_dimension',
    onDelete: 'CASCADE',
    inverse: 'levels',
  })
  dimension: RatingDimension;

  @FieldColumn({ type: 'varchar', length: 100 })
  key: string;

  @FieldColumn({ type: 'varchar', length: 100 })
  label: string;

  @FieldColumn({ type: 'text' })
  descriptor: string;

  @FieldColumn(() => Int, { type: 'int' }, { description: 'Position on the scale, 0 = lowest.' })
  position: number;

  @FieldColumn(
    () => Float,
    { type: 'numeric', precision: 5, scale: 2, transformer: decimalTransformer },
    { description: 'The level on the 0–100 score scale: evenly spaced from lowest (0) to highest (100).' },
  )
  score: number;
}
