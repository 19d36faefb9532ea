import { JoinColumn, ManyToOne, type ObjectType, type RelationOptions } from 'typeorm';

type ForeignKeyOptions = {
  /** The referencing column, e.g. `assessment_id`. */
  column: string;
  /** The constraint's name, after what it guards: `fk_<table>_<referenced>`. */
  constraint: string;
  onDelete: NonNullable<RelationOptions['onDelete']>;
  /** The referenced entity's property listing the rows that refer to it, where it has one. */
  inverse?: string;
};

/**
 * A many-to-one relation through one named foreign-key column: the relation, its join column and
 * its constraint in one declaration. The referencing id is declared beside it as its own column,
 * so that code can use it without a join.
 */
export function ForeignKey(
  target: string | (() => ObjectType<unknown>),
  { column, constraint, onDelete, inverse }: ForeignKeyOptions,
): PropertyDecorator {
  const relation = inverse ? ManyToOne(target, inverse, { onDelete }) : ManyToOne(target, { onDelete });
  const join = JoinColumn({ name: column, foreignKeyConstraintName: constraint });
  return (prototype, property) => {
    relation(prototype, property);
    join(prototype, property);
  };
}
