import { DEFAULT_SECTOR_CHOICE, parseSectorChoice, serialiseSectorChoice } from './sector-choice';

describe('sector choice', () => {
  it('should use the defaults for an empty or malformed query string', () => {
    expect(parseSectorChoice('')).toEqual(DEFAULT_SECTOR_CHOICE);
    expect(parseSectorChoice('?framework=<x>&round=1999-00&dimension=%20&groups=councils&section=Not%20a%20key')).toEqual(
      DEFAULT_SECTOR_CHOICE,
    );
  });

  it('should round-trip through the query string', () => {
    const choice = {
      framework: 'improvement-breakthroughs',
      round: '2024-25' as const,
      dimension: 'plan-coverage',
      groups: 'region' as const,
      section: 'community-focus',
    };
    expect(serialiseSectorChoice(choice)).toBe(
      '?framework=improvement-breakthroughs&round=2024-25&dimension=plan-coverage&groups=region&section=community-focus',
    );
    expect(parseSectorChoice(serialiseSectorChoice(choice))).toEqual(choice);
    expect(serialiseSectorChoice(DEFAULT_SECTOR_CHOICE)).toBe('?framework=dm-challenge-toolkit&round=2025-26&groups=type');
  });
});
