import { circumstanceHints } from './circumstance-hints';

const GROUPS = [
  { key: 'all', kind: 'ALL' as const },
  { key: 'circumstance:designated-or-at-risk', kind: 'CIRCUMSTANCE' as const },
  { key: 'circumstance:cash-strapped', kind: 'CIRCUMSTANCE' as const },
  { key: 'circumstance:high-performing', kind: 'CIRCUMSTANCE' as const },
];

describe('circumstanceHints', () => {
  it('should say which circumstance puts the council in a group and who recorded it, when official or PAS-assigned', () => {
    const hints = circumstanceHints(
      GROUPS,
      [
        { kind: 'DESIGNATED', source: 'OFFICIAL', startsOn: '2025-02-01', round: null },
        { kind: 'CASH_STRAPPED', source: 'PAS_ASSIGNED', startsOn: null, round: '2025-26' },
      ],
      'Uttlesford',
    );
    expect(hints['circumstance:designated-or-at-risk']).toBe(
      'Offered because Uttlesford is designated since 2025-02-01: an official fact, recorded by an administrator.',
    );
    expect(hints['circumstance:cash-strapped']).toBe(
      'Offered because Uttlesford is cash-strapped for 2025-26: assigned by the Planning Advisory Service.',
    );
    expect(hints.all).toBeUndefined();
  });

  it('should say a circumstance is self-declared, and that a group the council has no circumstance of is there to compare with', () => {
    const hints = circumstanceHints(GROUPS, [{ kind: 'CASH_STRAPPED', source: 'SELF_DECLARED', startsOn: null, round: '2025-26' }], 'Hart');
    expect(hints['circumstance:cash-strapped']).toBe('Offered because Hart is cash-strapped for 2025-26: declared by the council itself.');
    expect(hints['circumstance:high-performing']).toBe('To compare with councils in this group; Hart is not in it.');
  });
});
