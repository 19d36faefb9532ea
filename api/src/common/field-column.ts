import { Column, type ColumnOptions } from 'typeorm';
import { Field, type FieldOptions } from 'type-graphql';

type ExposedFieldOptions = Omit<FieldOptions, 'nullable'>;
/** @Field's `() => Type` argument (type-graphql does not export its name for it). */
type ReturnTypeFunc = Exclude<Parameters<typeof Field>[0], undefined>;

/**
 * A column the API also exposes as a GraphQL field of the same name. The field is nullable exactly
 * when the column is, so the schema cannot promise a value the table may not hold. Columns kept out
 * of the schema on purpose use @Column alone.
 */
export function FieldColumn(column: ColumnOptions, field?: ExposedFieldOptions): PropertyDecorator;
export function FieldColumn(returns: ReturnTypeFunc, column: ColumnOptions, field?: ExposedFieldOptions): PropertyDecorator;
export function FieldColumn(
  first: ReturnTypeFunc | ColumnOptions,
  second?: ColumnOptions | ExposedFieldOptions,
  third?: ExposedFieldOptions,
): PropertyDecorator {
  const returns = typeof first === 'function' ? first : undefined;
  const column = (returns ? second : first) as ColumnOptions;
  const options = { ...(returns ? third : (second as ExposedFieldOptions | undefined)), ...(column.nullable ? { nullable: true } : {}) };
  const exposed = returns ? Field(returns, options) : Field(options);
  const stored = Column(column);
  return (target, property) => {
    stored(target, property);
    exposed(target, property);
  };
}
