import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field } from 'type-graphql';

type Described = { description?: string };

/** Applies each decorator in turn: what every field decorator here is made of. */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };

/** An English council's ONS GSS code, e.g. E07000034: a string the API refuses as bad input unless it has that form. */
export function GssCodeField(options: Described = {}): PropertyDecorator {
  return all(
    Field(() => String, options),
    Matches(/^E\d{8}$/, { message: '$property must be an English GSS code such as E07000034' }),
  );
}

/** A text field that may be left out or null, and is refused as bad input when longer than `maxLength`. */
export function OptionalTextField(maxLength: number, options: Described = {}): PropertyDecorator {
  return all(
    Field(() => String, { ...options, nullable: true }),
    IsOptional(),
    MaxLength(maxLength),
  );
}
