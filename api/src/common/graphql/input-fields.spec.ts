import { validateSync } from 'class-validator';
import { getMetadataStorage, InputType } from 'type-graphql';

import { GssCodeField, OptionalTextField } from './input-fields';

@InputType('SpecInputFieldsInput')
class SpecInputFieldsInput {
  @GssCodeField({ description: 'The council.' })
  councilGssCode: string;

  @OptionalTextField(5)
  note?: string | null;
}

const input = (values: Partial<SpecInputFieldsInput>) =>
  Object.assign(new SpecInputFieldsInput(), { councilGssCode: 'E07000034', ...values });
const fieldNamed = (name: string) => getMetadataStorage().fields.find((f) => f.target === SpecInputFieldsInput && f.name === name);

describe('input fields', () => {
  it('should declare a required GSS code and a nullable text field', () => {
    expect(fieldNamed('councilGssCode')?.description).toBe('The council.');
    expect(fieldNamed('councilGssCode')?.typeOptions.nullable).toBeFalsy();
    expect(fieldNamed('note')?.typeOptions.nullable).toBe(true);
  });

  it('should refuse a GSS code that is not English, naming the property', () => {
    const [error] = validateSync(input({ councilGssCode: 'W06000015' }));
    expect(error.constraints).toEqual({ matches: 'councilGssCode must be an English GSS code such as E07000034' });
  });

  it('should accept a missing or null note and refuse one over its length', () => {
    expect(validateSync(input({}))).toEqual([]);
    expect(validateSync(input({ note: null }))).toEqual([]);
    expect(validateSync(input({ note: 'longer' })).map((e) => e.property)).toEqual(['note']);
  });
});
