import { parseViewChoice, serialiseViewChoice } from './view-choice';

describe('view choice', () => {
  it('should read the council, round and group, falling back on each', () => {
    expect(parseViewChoice('?council=E07000033&round=2024-25&group=type%3Adistrict', null)).toEqual({ council: 'E07000033', round: '2024-25', group: 'type:district' });
    expect(parseViewChoice('?round=1999-00', 'E07000034')).toEqual({ council: 'E07000034', round: '2025-26', group: null });
    expect(parseViewChoice('', null)).toBeNull();
  });

  it('should round-trip through the query string, leaving out a default group', () => {
    const choice = { council: 'E07000034', round: '2024-25' as const, group: 'region:East Midlands' };
    expect(serialiseViewChoice(choice)).toBe('?council=E07000034&round=2024-25&group=region%3AEast+Midlands');
    expect(parseViewChoice(serialiseViewChoice(choice), null)).toEqual(choice);
    expect(serialiseViewChoice({ ...choice, group: null })).toBe('?council=E07000034&round=2024-25');
  });
});
