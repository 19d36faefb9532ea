import { type CircumstanceFact, circumstanceRows } from './council-circumstances';

const fact = (overrides: Partial<CircumstanceFact>): CircumstanceFact => ({
  id: 'x',
  kind: 'CASH_STRAPPED',
  source: 'PAS_ASSIGNED',
  round: '2026-27',
  definesPeerGroup: true,
  ...overrides,
});

describe('circumstanceRows', () => {
  it('should label a self-declared circumstance as context that defines no group, after those that do', () => {
    const rows = circumstanceRows(
      [fact({ id: 'own', kind: 'DESIGNATED', source: 'SELF_DECLARED', definesPeerGroup: false }), fact({ id: 'pas' })],
      '2026-27',
    );
    expect(rows.map((r) => r.id)).toEqual(['pas', 'own']);
    expect(rows[1]).toMatchObject({ kind: 'Designated', source: 'Declared by the council itself', definesPeerGroup: false });
    expect(rows[1].effect).toMatch(/never places it in a peer group/);
  });

  it('should keep the round’s records and the dated facts in force during it, and nothing else', () => {
    const rows = circumstanceRows(
      [
        fact({ id: 'other-round', round: '2025-26' }),
        fact({ id: 'designation', kind: 'DESIGNATED', source: 'OFFICIAL', round: null, startsOn: '2022-02-08', endsOn: null }),
        fact({ id: 'ended', source: 'OFFICIAL', round: null, startsOn: '2014-01-01', endsOn: '2015-01-01' }),
        fact({ id: 'starts-after', source: 'OFFICIAL', round: null, startsOn: '2027-04-01' }),
      ],
      '2026-27',
    );
    expect(rows.map((r) => r.id)).toEqual(['designation']);
  });

  it('should be empty when the council has no circumstances', () => {
    expect(circumstanceRows([], '2026-27')).toEqual([]);
  });
});
