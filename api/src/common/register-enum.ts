import { registerEnumType } from 'type-graphql';

/** The object of a GraphQL enum: each value under its upper-case name, as a TypeScript string enum would name it. */
export type EnumOf<TValue extends string> = { readonly [TKey in TValue as Uppercase<TKey>]: TKey };

/** A value of an enum declared with graphqlEnum: `export type CouncilType = EnumValue<typeof CouncilType>`. */
export type EnumValue<TEnum> = TEnum[keyof TEnum];

/**
 * Declares a GraphQL enum from its values, in the schema's order, and registers it under `name`
 * with the description the schema shows. Each value is written once: its upper-case name (what
 * the schema and code say, `CouncilType.DISTRICT`) is derived from it, and the value (`'district'`)
 * is what the database stores.
 */
export function graphqlEnum<const TValue extends string>(name: string, values: readonly TValue[], description: string): EnumOf<TValue> {
  const names = new Set(values.map((value) => value.toUpperCase()));
  if (names.size !== values.length) throw new Error(`graphqlEnum ${name}: two values share an upper-case name`);
  const enumObject = Object.freeze(Object.fromEntries(values.map((value) => [value.toUpperCase(), value]))) as EnumOf<TValue>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
