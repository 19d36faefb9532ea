import { councilsOffered, firstReadableCouncil } from './council-choices';

const COUNCILS = [
  { id: 'c-1', gssCode: 'E07000033', name: 'Bolsover' },
  { id: 'c-2', gssCode: 'E07000034', name: 'Chesterfield' },
  { id: 'c-3', gssCode: 'E06000001', name: 'Hartlepool' },
];

describe('councilsOffered', () => {
  it.each(['COUNCIL_LEAD', 'COUNCIL_MEMBER'] as const)('should offer a %s only their own council', (role) => {
    expect(councilsOffered({ role, councilId: 'c-2' }, COUNCILS, 'E07000034').map((c) => c.name)).toEqual(['Chesterfield']);
  });

  it("should keep another council already chosen, so the select can name it beside the user's own", () => {
    expect(councilsOffered({ role: 'COUNCIL_LEAD', councilId: 'c-2' }, COUNCILS, 'E06000001').map((c) => c.name)).toEqual([
      'Chesterfield',
      'Hartlepool',
    ]);
  });

  it.each(['PAS_ANALYST', 'ADMINISTRATOR'] as const)('should offer a %s every council', (role) => {
    expect(councilsOffered({ role, councilId: null }, COUNCILS, null)).toEqual(COUNCILS);
  });

  it('should offer a council user with no council nothing but the council chosen', () => {
    expect(councilsOffered({ role: 'COUNCIL_MEMBER', councilId: null }, COUNCILS, null)).toEqual([]);
  });
});

describe('councilsOffered to PAS', () => {
  it('should offer a PAS analyst only the councils that share with PAS, and one already chosen, when the list is known', () => {
    expect(councilsOffered({ role: 'PAS_ANALYST', councilId: null }, COUNCILS, null, ['c-3']).map((c) => c.name)).toEqual(['Hartlepool']);
    expect(councilsOffered({ role: 'PAS_ANALYST', councilId: null }, COUNCILS, 'E07000033', ['c-3']).map((c) => c.name)).toEqual([
      'Bolsover',
      'Hartlepool',
    ]);
  });

  it('should start a PAS analyst on the first council that shares with PAS, and no one else', () => {
    expect(firstReadableCouncil({ role: 'PAS_ANALYST' }, COUNCILS, ['c-3', 'c-2'])).toBe('E07000034');
    expect(firstReadableCouncil({ role: 'PAS_ANALYST' }, COUNCILS, [])).toBeNull();
    expect(firstReadableCouncil({ role: 'ADMINISTRATOR' }, COUNCILS, ['c-3'])).toBeNull();
  });
});
