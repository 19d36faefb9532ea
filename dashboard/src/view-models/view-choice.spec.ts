import { DEFAULT_AXES } from './matrix-axes';
import { parseViewChoice, serialiseViewChoice } from './view-choice';

describe('view choice', () => {
  it('should read the council, round and group, falling back on each', () => {
    expect(parseViewChoice('?council=E07000033&round=2024-25&group=type%3Adistrict', null)).toEqual({
      council: 'E07000033',
      round: '2024-25',
      group: 'type:district',
      axes: DEFAULT_AXES,
    });
    expect(parseViewChoice('?round=1999-00', 'E07000034')).toEqual({
      council: 'E07000034',
      round: '2025-26',
      group: null,
      axes: DEFAULT_AXES,
    });
    expect(parseViewChoice('', null)).toBeNull();
  });

  it('should round-trip through the query string, leaving out a default group', () => {
    const choice = { council: 'E07000034', round: '2024-25' as const, group: 'region:East Midlands', axes: DEFAULT_AXES };
    expect(serialiseViewChoice(choice)).toBe('?council=E07000034&round=2024-25&group=region%3AEast+Midlands');
    expect(parseViewChoice(serialiseViewChoice(choice), null)).toEqual(choice);
    expect(serialiseViewChoice({ ...choice, group: null })).toBe('?council=E07000034&round=2024-25');
  });

  it("should read and write the matrix's rows and columns, dropping a malformed key", () => {
    expect(parseViewChoice('?council=E07000034&rows=plan-coverage&columns=progress', null)?.axes).toEqual({
      rows: 'plan-coverage',
      columns: 'progress',
    });
    expect(parseViewChoice('?council=E07000034&rows=%3Cb%3E&columns=', null)?.axes).toEqual(DEFAULT_AXES);
    const choice = { council: 'E07000034', round: '2025-26' as const, group: null, axes: { rows: 'plan-coverage', columns: 'progress' } };
    expect(serialiseViewChoice(choice)).toBe('?council=E07000034&round=2025-26&rows=plan-coverage&columns=progress');
    expect(parseViewChoice(serialiseViewChoice(choice), null)).toEqual(choice);
  });
});
