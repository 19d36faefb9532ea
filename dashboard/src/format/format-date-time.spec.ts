import { formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  it('should write a British Summer Time date and time in GOV.UK style', () => {
    expect(formatDateTime('2026-06-04T13:05:00Z')).toBe('4 June 2026 at 2:05pm');
  });

  it('should write a winter morning in GOV.UK style', () => {
    expect(formatDateTime('2026-01-15T09:30:00Z')).toBe('15 January 2026 at 9:30am');
  });

  it('should say midday and midnight rather than 12pm and 12am', () => {
    expect(formatDateTime('2026-01-15T12:00:00Z')).toBe('15 January 2026 at midday');
    expect(formatDateTime('2026-01-15T00:00:00Z')).toBe('15 January 2026 at midnight');
  });

  it('should keep minutes past midday and midnight as times', () => {
    expect(formatDateTime('2026-01-15T12:30:00Z')).toBe('15 January 2026 at 12:30pm');
    expect(formatDateTime('2026-01-15T00:10:00Z')).toBe('15 January 2026 at 12:10am');
  });
});
