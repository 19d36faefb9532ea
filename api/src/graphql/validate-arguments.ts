import { type ValidationError, type ValidatorOptions, validate } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/**
 * The longest text any one GraphQL argument value may hold, whatever its field: the longest field
 * limit (notes and evidence, 4,000) with room to spare. Fields keep their own tighter MaxLength;
 * this is the ceiling for every string, including those nobody gave a limit. Files travel over the
 * plain HTTP routes, with their own size limit, never as GraphQL strings.
 */
export const MAX_ARGUMENT_TEXT_LENGTH = 10_000;

const VALIDATOR_OPTIONS: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  // Errors name the field and the rule, never the value or the object it came in.
  validationError: { target: false, value: false },
};

const isInputObject = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value);

/**
 * type-graphql's argument validation, replacing its default, which validates only the top-level
 * object: class-validator rules on nested inputs (a filter inside args, a participant inside a
 * submission) run too, and every string is checked against MAX_ARGUMENT_TEXT_LENGTH. The walk is
 * iterative, so no depth of nesting can exhaust the stack.
 */
export async function validateArguments(argValue: unknown): Promise<void> {
  const errors: ValidationError[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: argValue, path: '' }];
  const validated: Promise<void>[] = [];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > MAX_ARGUMENT_TEXT_LENGTH)
        errors.push({
          property: path || 'value',
          constraints: { maxLength: `${path || 'text'} must be at most ${MAX_ARGUMENT_TEXT_LENGTH} characters` },
          children: [],
        });
      continue;
    }
    if (!isInputObject(value)) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
      continue;
    }
    // Input classes carry the field rules; plain objects (JSON scalars) only their strings' length.
    if (value.constructor !== Object)
      validated.push(
        validate(value, VALIDATOR_OPTIONS).then(
          (found) =>
            void errors.push(...found.map((error) => ({ ...error, property: path ? `${path}.${error.property}` : error.property }))),
        ),
      );
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: path ? `${path}.${key}` : key });
  }
  await Promise.all(validated);
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}
