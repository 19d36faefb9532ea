import { Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';

/**
 * What sections, themes and rating dimensions share: a key unique within the framework version, a
 * title, a description and an order. Registered as an object type, like BaseEntity, so its fields
 * are copied into each subclass; never returned itself, so it is not in the schema.
 */
@ObjectType('FrameworkPart')
export abstract class FrameworkPart extends BaseEntity {
  @FieldColumn({ type: 'varchar', length: 100 })
  key: string;

  @FieldColumn({ type: 'varchar', length: 200 })
  title: string;

  @FieldColumn({ type: 'text' })
  description: string;

  @FieldColumn(() => Int, { type: 'int' })
  position: number;
}
