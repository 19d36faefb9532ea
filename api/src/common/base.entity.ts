import { PrimaryGeneratedColumn } from 'typeorm';
import { ObjectType } from 'type-graphql';

import { CreatedAtColumn, UpdatedAtColumn } from './entity-columns';
import { IdValueField } from './graphql/object-fields';

/**
 * Id and timestamps shared by every entity; ids are UUIDs so they reveal nothing about volumes or
 * order. Registered as an object type so type-graphql copies its fields into each subclass; it is
 * never returned itself, so it does not appear in the schema.
 */
@ObjectType('BaseEntity')
export abstract class BaseEntity {
  @IdValueField()
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
