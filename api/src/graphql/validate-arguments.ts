import { type ValidationError, type ValidatorOptions, validate } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

import { surelyValid } from './surely-valid';

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

// ArrayBuffer.isView covers Buffer (a Uint8Array), and costs less than Buffer.isBuffer on each of thousands of objects.
const isInputObject = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !(value instanceof Date) && !ArrayBuffer.isView(value);

type Visit = { value: unknown; parent: Visit | null; key: string | number | null };

/** The dotted path of a visited value (input.participants[3].responses[5]), built only when an error needs it. */
function pathOf(visit: Visit): string {
  let path = '';
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent)
    path = typeof at.key === 'number' ? `[${at.key}]${path}` : at.parent?.key === null ? `${at.key}${path}` : `.${at.key}${path}`;
  return path;
}

/**
 * type-graphql's argument validation, replacing its default, which validates only the top-level
 * object: class-validator rules on nested inputs (a filter inside args, a participant inside a
 * submission) run too, and every string is checked against MAX_ARGUMENT_TEXT_LENGTH. The walk is
 * iterative, so no depth of nesting can exhaust the stack. Objects whose rules surely hold
 * (surely-valid.ts) skip class-validator, which still reports every object that might break one.
 */
export async function validateArguments(argValue: unknown): Promise<void> {
  const errors: ValidationError[] = [];
  const stack: Visit[] = [{ value: argValue, parent: null, key: null }];
  const validated: Promise<void>[] = [];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.length > MAX_ARGUMENT_TEXT_LENGTH) {
        const path = pathOf(visit);
        errors.push({
          property: path || 'value',
          constraints: { maxLength: `${path || 'text'} must be at most ${MAX_ARGUMENT_TEXT_LENGTH} characters` },
          children: [],
        });
      }
      continue;
    }
    if (!isInputObject(value)) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], parent: visit, key: i });
      continue;
    }
    // Input classes carry the field rules; plain objects (JSON scalars) only their strings' length.
    if (value.constructor !== Object && !surelyValid(value)) {
      const path = pathOf(visit);
      validated.push(
        validate(value, VALIDATOR_OPTIONS).then(
          (found) =>
            void errors.push(...found.map((error) => ({ ...error, property: path ? `${path}.${error.property}` : error.property }))),
        ),
      );
    }
    for (const key of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[key], parent: visit, key });
  }
  await Promise.all(validated);
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}
