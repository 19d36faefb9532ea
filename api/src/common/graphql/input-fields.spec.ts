import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { getMetadataStorage, InputType } from 'type-graphql';

import { graphqlEnum } from '../register-enum';

import {
  BoundedTextField,
  EnumField,
  GssCodeField,
  GssCodeListField,
  InputListField,
  NonEmptyTextField,
  OptionalTextField,
  TextListField,
} from './input-fields';

const SpecInputFieldsColour = graphqlEnum('SpecInputFieldsColour', ['red', 'blue'], 'A colour.');

@InputType('SpecInputFieldsEnumsInput')
class SpecInputFieldsEnumsInput {
  @EnumField(SpecInputFieldsColour, { defaultValue: SpecInputFieldsColour.RED })
  colour: string;

  @EnumField(SpecInputFieldsColour, { nullable: true })
  second?: string | null;
}

@InputType('SpecInputFieldsEntryInput')
class SpecInputFieldsEntryInput {
  @OptionalTextField(3)
  label?: string | null;
}

@InputType('SpecInputFieldsListsInput')
class SpecInputFieldsListsInput {
  @GssCodeListField({ minSize: 2, maxSize: 3 })
  councilGssCodes: string[];

  @TextListField({ maxSize: 2, maxLength: 4 }, { nullable: true })
  keys?: string[] | null;

  @TextListField({ maxSize: 2, maxLength: 4 }, { defaultValue: [] })
  links: string[];

  @InputListField(() => SpecInputFieldsEntryInput, { minSize: 1, maxSize: 2 })
  entries: SpecInputFieldsEntryInput[];
}

@InputType('SpecInputFieldsInput')
class SpecInputFieldsInput {
  @GssCodeField({ description: 'The council.' })
  councilGssCode: string;

  @OptionalTextField(5)
  note?: string | null;
}

const input = (values: Partial<SpecInputFieldsInput>) =>
  Object.assign(new SpecInputFieldsInput(), { councilGssCode: 'E07000034', ...values });
const fieldNamed = (name: string, target: object = SpecInputFieldsInput) =>
  getMetadataStorage().fields.find((f) => f.target === target && f.name === name);
const lists = (values: object) =>
  plainToInstance(SpecInputFieldsListsInput, { councilGssCodes: ['E07000034', 'E07000035'], links: [], entries: [{}], ...values });
const refused = (values: object) =>
  validateSync(lists(values)).map((e) => [e.property, ...Object.keys(e.constraints ?? {}), ...e.children!.map((c) => c.property)]);

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

  it('should declare list fields nullable only when asked, with their defaults and item type', () => {
    expect(fieldNamed('councilGssCodes', SpecInputFieldsListsInput)?.typeOptions.nullable).toBeFalsy();
    expect(fieldNamed('keys', SpecInputFieldsListsInput)?.typeOptions.nullable).toBe(true);
    expect(fieldNamed('links', SpecInputFieldsListsInput)?.typeOptions.defaultValue).toEqual([]);
    expect(fieldNamed('entries', SpecInputFieldsListsInput)?.getType()).toBe(SpecInputFieldsEntryInput);
  });

  it('should accept lists within their bounds, and a missing nullable list', () => {
    expect(validateSync(lists({}))).toEqual([]);
    expect(validateSync(lists({ keys: null, links: ['abcd', 'ef'], entries: [{ label: 'abc' }, {}] }))).toEqual([]);
  });

  it('should refuse a GSS code list with a code that is not English, or too few or too many codes', () => {
    expect(validateSync(lists({ councilGssCodes: ['E07000034', 'W06000015'] }))[0].constraints).toEqual({
      matches: 'each councilGssCode must be an English GSS code such as E07000034',
    });
    expect(refused({ councilGssCodes: ['E07000034'] })).toEqual([['councilGssCodes', 'arrayMinSize']]);
    expect(refused({ councilGssCodes: ['E07000034', 'E07000035', 'E07000036', 'E07000037'] })).toEqual([
      ['councilGssCodes', 'arrayMaxSize'],
    ]);
  });

  it('should refuse a text list with too many entries or a text over its length', () => {
    expect(refused({ keys: ['a', 'b', 'c'] })).toEqual([['keys', 'arrayMaxSize']]);
    expect(refused({ links: ['abcde'] })).toEqual([['links', 'maxLength']]);
  });

  it('should validate each nested input by its own rules, and refuse an empty or long list of them', () => {
    expect(lists({}).entries[0]).toBeInstanceOf(SpecInputFieldsEntryInput);
    expect(refused({ entries: [{}, { label: 'long' }] })).toEqual([['entries', '1']]);
    expect(refused({ entries: [] })).toEqual([['entries', 'arrayMinSize']]);
    expect(refused({ entries: [{}, {}, {}] })).toEqual([['entries', 'arrayMaxSize']]);
  });

  it('should declare enum fields with their default, nullable only when asked', () => {
    expect(fieldNamed('colour', SpecInputFieldsEnumsInput)?.typeOptions.defaultValue).toBe('red');
    expect(fieldNamed('colour', SpecInputFieldsEnumsInput)?.typeOptions.nullable).toBeFalsy();
    expect(fieldNamed('colour', SpecInputFieldsEnumsInput)?.getType()).toBe(SpecInputFieldsColour);
    expect(fieldNamed('second', SpecInputFieldsEnumsInput)?.typeOptions.nullable).toBe(true);
  });

  it('should refuse a value outside the enum, and a missing one unless nullable', () => {
    const enums = (values: object) => Object.assign(new SpecInputFieldsEnumsInput(), values);
    expect(validateSync(enums({ colour: 'blue' }))).toEqual([]);
    expect(validateSync(enums({ colour: 'blue', second: null }))).toEqual([]);
    expect(validateSync(enums({ colour: 'green' })).map((e) => [e.property, Object.keys(e.constraints!)])).toEqual([
      ['colour', ['isEnum']],
    ]);
    expect(validateSync(enums({ colour: 'red', second: 'pink' })).map((e) => e.property)).toEqual(['second']);
    expect(validateSync(enums({})).map((e) => e.property)).toEqual(['colour']);
  });
});

@InputType('SpecInputFieldsTextsInput')
class SpecInputFieldsTextsInput {
  @BoundedTextField(4, { description: 'A key.' })
  key: string;

  @NonEmptyTextField(5)
  title: string;
}

describe('BoundedTextField and NonEmptyTextField', () => {
  const texts = (values: Partial<SpecInputFieldsTextsInput>) =>
    Object.assign(new SpecInputFieldsTextsInput(), { key: 'abcd', title: 'hello', ...values });
  const refused = (values: Partial<SpecInputFieldsTextsInput>) => validateSync(texts(values)).map((e) => e.property);

  it('should declare required String fields', () => {
    const fields = getMetadataStorage().fields.filter((f) => f.target === SpecInputFieldsTextsInput);
    expect(fields.map((f) => [f.name, f.getType(), f.typeOptions.nullable ?? false])).toEqual([
      ['key', String, false],
      ['title', String, false],
    ]);
    expect(fields[0].description).toBe('A key.');
  });

  it('should refuse a text longer than its bound, and an empty one only where it must not be empty', () => {
    expect(refused({})).toEqual([]);
    expect(refused({ key: 'abcde', title: 'hello!' })).toEqual(['key', 'title']);
    expect(refused({ key: '', title: '' })).toEqual(['title']);
  });
});
