import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ObjectType } from 'type-graphql';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
