import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID } from 'type-graphql';

import { FieldColumn } from './field-column';

/**
 * The column declarations every table repeats, each named once: a row's id held in a uuid column,
 * a timestamptz, and the created/updated timestamps. Each maps exactly the column TypeORM's own
 * decorator would, so no migration follows from using them. Columns of any other shape use
 * @Column or FieldColumn directly.
 */

type MaybeNull = { nullable?: boolean };
type Described = { description?: string };

const nullableIf = ({ nullable }: MaybeNull) => (nullable ? { nullable: true } : {});

/** A uuid column holding a row's id, e.g. a foreign key's `council_id`; with `nullable`, possibly none. */
export function UuidColumn(name: string, options: MaybeNull = {}): PropertyDecorator {
  return Column({ name, type: 'uuid', ...nullableIf(options) });
}

/** A uuid column the API also exposes as a GraphQL ID field of the same name (nullable exactly when the column is). */
export function IdFieldColumn(name: string, options: MaybeNull & Described = {}): PropertyDecorator {
  const { description } = options;
  return FieldColumn(() => ID, { name, type: 'uuid', ...nullableIf(options) }, description === undefined ? {} : { description });
}

/** One column of a composite primary key holding a row's id: `constraint` names the key, `pk_<table>`. */
export function UuidPrimaryColumn(name: string, constraint: string): PropertyDecorator {
  return PrimaryColumn({ name, type: 'uuid', primaryKeyConstraintName: constraint });
}

/** A timestamptz column; with `nullable`, possibly none (not yet happened). */
export function TimestampColumn(name: string, options: MaybeNull = {}): PropertyDecorator {
  return Column({ name, type: 'timestamptz', ...nullableIf(options) });
}

/** A timestamptz column the API also exposes as a field of the same name (nullable exactly when the column is). */
export function TimestampFieldColumn(name: string, options: MaybeNull & Described = {}): PropertyDecorator {
  const { description } = options;
  return FieldColumn(() => Date, { name, type: 'timestamptz', ...nullableIf(options) }, description === undefined ? {} : { description });
}

/** `created_at`: set by the database when the row is inserted. */
export function CreatedAtColumn(): PropertyDecorator {
  return CreateDateColumn({ name: 'created_at', type: 'timestamptz' });
}

/** `updated_at`: set when the row is inserted and on every save. */
export function UpdatedAtColumn(): PropertyDecorator {
  return UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' });
}
