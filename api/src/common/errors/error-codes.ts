import type { GraphQLErrorClass } from './domain-error';

type ErrorTable = { readonly [TClass in GraphQLErrorClass]?: readonly string[] };
type CodeIn<TTable extends ErrorTable> = {
  [TClass in keyof TTable]: TTable[TClass] extends readonly (infer TCode extends string)[] ? TCode : never;
}[keyof TTable];

/**
 * A module's error codes, each written once, under the GraphQL class clients see for it:
 * `errorCodes({ NOT_FOUND: ['PLAN_NOT_FOUND'], CONFLICT: ['PLAN_HEADING_EXISTS'] })`. `codes` is the
 * module's code enum (each code under its own name); `classes` maps each code to its class, for the
 * module's manifest. Throws when a code is listed under two classes.
 */
export function errorCodes<const TTable extends ErrorTable>(
  table: TTable,
): { codes: { readonly [TCode in CodeIn<TTable>]: TCode }; classes: Readonly<Record<CodeIn<TTable>, GraphQLErrorClass>> } {
  const classes: Record<string, GraphQLErrorClass> = {};
  for (const [errorClass, codes] of Object.entries(table) as [GraphQLErrorClass, readonly string[]][]) {
    for (const code of codes) {
      if (code in classes) throw new Error(`Error code ${code} is listed as both ${classes[code]} and ${errorClass}`);
      classes[code] = errorClass;
    }
  }
  const codes = Object.fromEntries(Object.keys(classes).map((code) => [code, code]));
  return { codes: Object.freeze(codes), classes: Object.freeze(classes) } as never;
}
