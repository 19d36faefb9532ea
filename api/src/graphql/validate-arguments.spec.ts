import { IsEnum, IsOptional, MaxLength, ValidateIf } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

import { surelyValid } from './surely-valid';
import { validateArguments } from './validate-arguments';

class Rating {
  @MaxLength(5)
  itemKey: string;

  @IsOptional()
  @MaxLength(5)
  dimensionKey?: string | null;
}

class Participant {
  @IsEnum({ A: 'a', B: 'b' })
  role: string;

  responses: Rating[];
}

class Guarded {
  @ValidateIf((o: Guarded) => o.itemKey !== 'skip')
  @MaxLength(2)
  itemKey: string;
}

const rating = (itemKey: string, dimensionKey?: string | null) => Object.assign(new Rating(), { itemKey, dimensionKey });
const participant = (role: string, responses: Rating[]) => Object.assign(new Participant(), { role, responses });

type Problem = { property: string; constraints?: Record<string, string> };
const problems = (error: ArgumentValidationError) => error.extensions.validationErrors as Problem[];

async function errorOf(value: unknown): Promise<ArgumentValidationError> {
  try {
    await validateArguments(value);
  } catch (error) {
    if (error instanceof ArgumentValidationError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('surelyValid', () => {
  it('should vouch for an object whose MaxLength rules all hold, missing optional values included', () => {
    expect(surelyValid(rating('a1', 'd1'))).toBe(true);
    expect(surelyValid(rating('a1'))).toBe(true);
    expect(surelyValid(rating('a1', null))).toBe(true);
  });

  it('should not vouch when a value is too long or not a string', () => {
    expect(surelyValid(rating('abcdef'))).toBe(false);
    expect(surelyValid(rating('a1', 'abcdef'))).toBe(false);
    expect(surelyValid(Object.assign(new Rating(), { itemKey: 12 }))).toBe(false);
  });

  it('should never vouch for a class with any other rule', () => {
    expect(surelyValid(participant('a', []))).toBe(false);
  });

  it('should check a conditional rule as if it always applied, leaving the condition to class-validator', async () => {
    expect(surelyValid(Object.assign(new Guarded(), { itemKey: 'ok' }))).toBe(true);
    const skipped = Object.assign(new Guarded(), { itemKey: 'skip' });
    expect(surelyValid(skipped)).toBe(false);
    await expect(validateArguments({ input: skipped })).resolves.toBeUndefined();
  });
});

describe('validateArguments', () => {
  it('should pass a valid nested input', async () => {
    await expect(validateArguments({ input: [participant('a', [rating('a1'), rating('a2', 'd1')])] })).resolves.toBeUndefined();
  });

  it('should name the one bad rating deep in a large input when one of its rules fails', async () => {
    const responses = Array.from({ length: 1000 }, (_, i) => rating(`i${i % 100}`));
    responses[734] = rating('i1', 'far-too-long');
    const error = await errorOf({ input: [participant('a', responses), participant('b', [rating('ok')])] });
    expect(problems(error)).toHaveLength(1);
    expect(problems(error)[0]).toMatchObject({
      property: 'input[0].responses[734].dimensionKey',
      constraints: { maxLength: expect.stringContaining('dimensionKey') },
    });
  });

  it("should still apply class-validator's other rules", async () => {
    const error = await errorOf({ input: [participant('c', [rating('a1')])] });
    expect(problems(error).map((e) => e.property)).toEqual(['input[0].role']);
  });

  it('should refuse any string over the ceiling, with its path', async () => {
    const error = await errorOf({ filter: { search: 'x'.repeat(10_001) } });
    expect(problems(error)[0].property).toBe('filter.search');
  });
});
