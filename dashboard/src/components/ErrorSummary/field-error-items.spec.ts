import { fieldErrorItems } from './field-error-items';

describe('fieldErrorItems', () => {
  it('should link each problem to its field, in the order the ids are listed', () => {
    expect(fieldErrorItems({ round: 'Enter the round', kind: 'Choose a circumstance' }, { kind: 'kind', round: 'round-field' })).toEqual([
      { text: 'Choose a circumstance', href: '#kind' },
      { text: 'Enter the round', href: '#round-field' },
    ]);
  });

  it('should leave out the fields with no problem, or an empty one', () => {
    const ids = { name: 'token-name', scopes: 'token-scopes' };
    expect(fieldErrorItems<'name' | 'scopes'>({ name: undefined, scopes: '' }, ids)).toEqual([]);
    expect(fieldErrorItems<'name' | 'scopes'>({ scopes: 'Choose a scope' }, ids)).toEqual([
      { text: 'Choose a scope', href: '#token-scopes' },
    ]);
  });
});
