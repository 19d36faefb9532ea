import { Field, Float, ID, Int } from 'type-graphql';

import type { ReturnTypeFunc } from './operations';

/**
 * Field decorators for the scalar fields of object types, each saying its GraphQL type in its name:
 * `@IntField('How many scored.') scored: number` rather than
 * `@Field(() => Int, { description: 'How many scored.' })`. The description is what the schema shows.
 * Input fields, which also validate, are in input-fields.ts.
 */

const described = (description: string | undefined) => (description === undefined ? {} : { description });

/** A non-null Int. */
export function IntField(description?: string): PropertyDecorator {
  return Field(() => Int, described(description));
}

/** A non-null Float. */
export function FloatField(description?: string): PropertyDecorator {
  return Field(() => Float, described(description));
}

/** A non-null ID: a row's id, carried as a string. */
export function IdValueField(description?: string): PropertyDecorator {
  return Field(() => ID, described(description));
}

/** A nullable field of the type `returns` gives: `@NullableField(() => Float, 'Null with fewer than two.')`. */
export function NullableField(returns: ReturnTypeFunc, description?: string): PropertyDecorator {
  return Field(returns, { nullable: true, ...described(description) });
}

/** A nullable String. */
export function NullableTextField(description?: string): PropertyDecorator {
  return NullableField(() => String, description);
}
