import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { type ClassType, Field } from 'type-graphql';

type Described = { description?: string };
/** A list field's options: left out (nullable), or given a default, or required. */
type ListOptions = Described & { nullable?: boolean; defaultValue?: unknown[] };
/** How many entries a list may hold; at least `minSize` when given. */
type ListBounds = { minSize?: number; maxSize: number };

/** An English council's ONS GSS code, e.g. E07000034. */
const GSS_CODE = /^E\d{8}$/;

/** Applies each decorator in turn: what every field decorator here is made of. */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };

/** @Field for a list, with the bounds every list input carries; a nullable list may also be left out. */
const boundedList = (item: () => unknown, { minSize, maxSize }: ListBounds, options: ListOptions): PropertyDecorator[] => [
  Field(() => [item()], options),
  ...(options.nullable ? [IsOptional()] : []),
  ...(minSize === undefined ? [] : [ArrayMinSize(minSize)]),
  ArrayMaxSize(maxSize),
];

/** A registered GraphQL enum (graphqlEnum), refused as bad input unless one of its values; a nullable one may also be left out. */
export function EnumField(values: object, options: Described & { nullable?: boolean; defaultValue?: unknown } = {}): PropertyDecorator {
  return all(
    Field(() => values, options),
    ...(options.nullable ? [IsOptional()] : []),
    IsEnum(values),
  );
}

/** An English council's ONS GSS code, e.g. E07000034: a string the API refuses as bad input unless it has that form. */
export function GssCodeField(options: Described = {}): PropertyDecorator {
  return all(
    Field(() => String, options),
    Matches(GSS_CODE, { message: '$property must be an English GSS code such as E07000034' }),
  );
}

/** A list of councils by GSS code: refused as bad input when any code is not an English one, or the list is outside its bounds. */
export function GssCodeListField(bounds: ListBounds, options: ListOptions = {}): PropertyDecorator {
  return all(
    ...boundedList(() => String, bounds, options),
    Matches(GSS_CODE, { each: true, message: 'each councilGssCode must be an English GSS code such as E07000034' }),
  );
}

/** A text field that must be given, and is refused as bad input when longer than `maxLength`. */
export function BoundedTextField(maxLength: number, options: Described & { defaultValue?: string } = {}): PropertyDecorator {
  return all(
    Field(() => String, options),
    MaxLength(maxLength),
  );
}

/** A text field that must be given and not be empty, and is refused as bad input when longer than `maxLength`. */
export function NonEmptyTextField(maxLength: number, options: Described = {}): PropertyDecorator {
  return all(BoundedTextField(maxLength, options), MinLength(1));
}

/** A text field that may be left out or null, and is refused as bad input when longer than `maxLength`. */
export function OptionalTextField(maxLength: number, options: Described = {}): PropertyDecorator {
  return all(
    Field(() => String, { ...options, nullable: true }),
    IsOptional(),
    MaxLength(maxLength),
  );
}

/** A list of short texts (keys, themes, links): refused as bad input outside its bounds or when any text is longer than `maxLength`. */
export function TextListField(bounds: ListBounds & { maxLength: number }, options: ListOptions = {}): PropertyDecorator {
  return all(...boundedList(() => String, bounds, options), MaxLength(bounds.maxLength, { each: true }));
}

/** A list of nested inputs, each validated by its own class's rules, and refused as bad input outside its bounds. */
export function InputListField(item: () => ClassType, bounds: ListBounds, options: ListOptions = {}): PropertyDecorator {
  return all(...boundedList(item, bounds, options), ValidateNested({ each: true }), Type(item));
}
