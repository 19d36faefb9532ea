import { IsUUID } from 'class-validator';
import { Field, ID } from 'type-graphql';

/**
 * An input or argument field that names a row by its id: a GraphQL ID, validated as a UUID (every
 * id is one), so a malformed id is refused as bad input before any query runs.
 */
export function IdField(): PropertyDecorator {
  const field = Field(() => ID);
  const uuid = IsUUID();
  return (target, property) => {
    field(target, property);
    uuid(target, property);
  };
}
