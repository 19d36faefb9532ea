import { registerEnumType } from 'type-graphql';

/**
 * Registers a TypeScript enum as the GraphQL enum of the same name, with the description the
 * schema shows: `registerEnum({ RagStatus }, '…')`. Naming it by its variable keeps the two names
 * one.
 */
export function registerEnum(named: Record<string, object>, description: string): void {
  const entries = Object.entries(named);
  if (entries.length !== 1) throw new Error('registerEnum takes one enum, written { EnumName }');
  const [[name, enumObject]] = entries;
  registerEnumType(enumObject, { name, description });
}
