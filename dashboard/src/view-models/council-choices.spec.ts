import { councilsOffered } from './council-choices';

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
