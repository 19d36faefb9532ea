import { validateSync } from 'class-validator';
import { getMetadataStorage, ID, InputType } from 'type-graphql';

import { IdField } from './id-field';

@InputType('SpecIdFieldInput')
class SpecIdFieldInput {
  @IdField()
  planId: string;
}

const withPlanId = (planId: string) => Object.assign(new SpecIdFieldInput(), { planId });

describe('IdField', () => {
  it('should declare a GraphQL ID field', () => {
    const field = getMetadataStorage().fields.find((f) => f.target === SpecIdFieldInput && f.name === 'planId');
    expect(field?.getType()).toBe(ID);
    expect(field?.typeOptions.nullable).toBeFalsy();
  });

  it('should refuse an id that is not a UUID and accept one that is', () => {
    expect(validateSync(withPlanId('plan-1')).map((e) => e.property)).toEqual(['planId']);
    expect(validateSync(withPlanId('0b9e6c1e-3f43-4c1b-9a43-1f2b4a6d7e80'))).toEqual([]);
  });
});
