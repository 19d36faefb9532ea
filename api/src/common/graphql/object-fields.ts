import { Field, Float, ID, Int } from 'type-graphql';

import type { ReturnTypeFunc } from './operations';

/** What a field's type may be: an object type, a registered enum or scalar, or a list of one (`[RoleCount]`). */
export type FieldType = ReturnType<ReturnTypeFunc>;

/**
 * Field decorators for object types: each says the field's GraphQL type and the description the
 * schema shows, and nothing else: `@IntField('How many scored.') scored: number` rather than
 * `@Field(() => Int, { description: 'How many scored.' })`, `@FieldOf([RoleCount]) byRole` rather
 * than `@Field(() => [RoleCount])`. FieldOf and NullableField take the type itself, so they serve
 * where it is defined before the class that uses it (views built from entities and other views);
 * where two classes refer to each other (entities), `@Field(() => Type)` stays. Input fields, which
 * also validate, are in input-fields.ts.
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

/** A non-null String. */
export function TextField(description?: string): PropertyDecorator {
  return Field(() => String, described(description));
}

/** A non-null Boolean. */
export function BooleanField(description?: string): PropertyDecorator {
  return Field(() => Boolean, described(description));
}

/** A non-null ID: a row's id, carried as a string. */
export function IdValueField(description?: string): PropertyDecorator {
  return Field(() => ID, described(description));
}

/** The type itself, refused when it is not defined yet (an import cycle, where `@Field(() => Type)` is needed). */
function defined(type: FieldType): () => FieldType {
  const missing = Array.isArray(type) ? type[0] === undefined : type === undefined;
  if (missing) throw new Error('A field type is undefined where it is declared (an import cycle?): use @Field(() => Type) there');
  return () => type;
}

/** A non-null field of `type`: `@FieldOf(FrameworkItem)`, `@FieldOf([LevelCount], 'Every level, lowest first.')`. */
export function FieldOf(type: FieldType, description?: string): PropertyDecorator {
  return Field(defined(type), described(description));
}

/** A nullable field of `type`: `@NullableField(Float, 'Null with fewer than two.')`. */
export function NullableField(type: FieldType, description?: string): PropertyDecorator {
  return Field(defined(type), { nullable: true, ...described(description) });
}
