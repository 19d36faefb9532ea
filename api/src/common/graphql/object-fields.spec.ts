import { Float, getMetadataStorage, ID, Int, ObjectType } from 'type-graphql';

import { BooleanField, FieldOf, FloatField, IdValueField, IntField, NullableField, TextField } from './object-fields';

@ObjectType('SpecObjectFieldsPart')
class SpecObjectFieldsPart {
  @TextField('A name.')
  name: string;
}

@ObjectType('SpecObjectFields')
class SpecObjectFields {
  @IntField('How many.')
  count: number;

  @FloatField()
  share: number;

  @IdValueField()
  sectionId: string;

  @NullableField(Float, 'Null with fewer than two.')
  spread: number | null;

  @NullableField(String)
  note: string | null;

  @BooleanField()
  done: boolean;

  @FieldOf(SpecObjectFieldsPart)
  part: SpecObjectFieldsPart;

  @FieldOf([SpecObjectFieldsPart], 'Every part.')
  parts: SpecObjectFieldsPart[];
}

const field = (name: string) => getMetadataStorage().fields.find((f) => f.target === SpecObjectFields && f.name === name);

describe('object field decorators', () => {
  it('should declare each field with the GraphQL type its name says', () => {
    expect(field('count')?.getType()).toBe(Int);
    expect(field('share')?.getType()).toBe(Float);
    expect(field('sectionId')?.getType()).toBe(ID);
    expect(field('spread')?.getType()).toBe(Float);
    expect(field('note')?.getType()).toBe(String);
    expect(field('done')?.getType()).toBe(Boolean);
    expect(field('part')?.getType()).toBe(SpecObjectFieldsPart);
    expect(field('parts')?.getType()).toBe(SpecObjectFieldsPart);
    expect(field('parts')?.typeOptions.array).toBe(true);
  });

  it('should refuse a type that is not defined yet, as an import cycle leaves it', () => {
    const notYetDefined = undefined as unknown as typeof SpecObjectFieldsPart;
    expect(() => FieldOf(notYetDefined)).toThrow(/import cycle/);
    expect(() => NullableField([notYetDefined])).toThrow(/import cycle/);
  });

  it('should make only the Nullable ones nullable', () => {
    expect(['count', 'share', 'sectionId'].map((name) => field(name)?.typeOptions.nullable ?? false)).toEqual([false, false, false]);
    expect(['spread', 'note'].map((name) => field(name)?.typeOptions.nullable)).toEqual([true, true]);
  });

  it('should carry the description when one is given, and none otherwise', () => {
    expect(field('count')?.description).toBe('How many.');
    expect(field('spread')?.description).toBe('Null with fewer than two.');
    expect(field('share')?.description).toBeUndefined();
  });
});
