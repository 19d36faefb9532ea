import { DEFAULT_CHOICE, defaultCouncilFor, parseChoice, resolveDimension, serialiseChoice } from './council-position-choice';

describe('council position choice', () => {
  it('should use Chesterfield, the DM Challenge Toolkit and 2025-26 when the query string is empty', () => {
    expect(parseChoice('')).toEqual(DEFAULT_CHOICE);
  });

  it('should read every part of a bookmarked query string', () => {
    expect(parseChoice('?council=E06000015&framework=improvement-breakthroughs&round=2024-25&dimension=plan-coverage')).toEqual({
      council: 'E06000015',
      framework: 'improvement-breakthroughs',
      round: '2024-25',
      window: 1,
      dimension: 'plan-coverage',
      group: null,
      items: null,
    });
  });

  it('should read the peer group and the section whose items are open', () => {
    expect(parseChoice('?group=type%3Adistrict&items=appeals')).toMatchObject({ group: 'type:district', items: 'appeals' });
    expect(parseChoice('?group=region%3AEast+Midlands').group).toBe('region:East Midlands');
    expect(parseChoice('?group=circumstance%3Acash-strapped').group).toBe('circumstance:cash-strapped');
    expect(parseChoice('?group=all').group).toBe('all');
  });

  it('should read a window of two or three rounds, and fall back to the round alone for anything else', () => {
    expect(parseChoice('?window=2').window).toBe(2);
    expect(parseChoice('?window=3').window).toBe(3);
    for (const window of ['0', '4', '1.5', 'two', '']) expect(parseChoice(`?window=${window}`).window).toBe(1);
  });

  it('should leave the window out of the query string when it is the round alone', () => {
    expect(serialiseChoice({ ...DEFAULT_CHOICE, window: 1 })).not.toContain('window');
    expect(serialiseChoice({ ...DEFAULT_CHOICE, window: 3 })).toBe(
      '?council=E07000034&framework=dm-challenge-toolkit&round=2025-26&window=3',
    );
  });

  it('should drop a malformed peer group or section', () => {
    expect(parseChoice('?group=%3Cscript%3E&items=Not%20a%20key')).toMatchObject({ group: null, items: null });
    expect(parseChoice('?group=type%3A').group).toBeNull();
  });

  it('should fall back to the default for each malformed or unoffered part', () => {
    expect(parseChoice('?council=Chesterfield&framework=<script>&round=1999-00&dimension=%20')).toEqual(DEFAULT_CHOICE);
  });

  it('should accept a lower-case GSS code', () => {
    expect(parseChoice('?council=e07000034').council).toBe('E07000034');
  });

  it("should use the user's own council when the query string names none", () => {
    expect(parseChoice('?round=2024-25', 'E06000001')).toEqual({ ...DEFAULT_CHOICE, council: 'E06000001', round: '2024-25' });
    expect(parseChoice('?council=Hartlepool', 'E06000001')?.council).toBe('E06000001');
  });

  it('should prefer the council in the query string to the default council', () => {
    expect(parseChoice('?council=E07000033', 'E06000001')?.council).toBe('E07000033');
    expect(parseChoice('?council=E07000033', null)?.council).toBe('E07000033');
  });

  it('should wait, returning null, when the query string names no council and the default is not yet known', () => {
    expect(parseChoice('?round=2024-25', null)).toBeNull();
  });

  it('should round-trip through the query string', () => {
    const choice = {
      council: 'E07000034',
      framework: 'improvement-breakthroughs',
      round: '2024-25' as const,
      window: 2 as const,
      dimension: 'progress',
      group: 'region:East Midlands',
      items: 'leadership',
    };
    expect(serialiseChoice(choice)).toBe(
      '?council=E07000034&framework=improvement-breakthroughs&round=2024-25&window=2&dimension=progress&group=region%3AEast+Midlands&items=leadership',
    );
    expect(parseChoice(serialiseChoice(choice))).toEqual(choice);
  });

  it('should leave the dimension out of the query string when it is the default', () => {
    expect(serialiseChoice(DEFAULT_CHOICE)).toBe('?council=E07000034&framework=dm-challenge-toolkit&round=2025-26');
  });

  describe('defaultCouncilFor', () => {
    const councils = [
      { id: 'c-1', gssCode: 'E07000034' },
      { id: 'c-2', gssCode: 'E06000001' },
    ];

    it("should give a council user's own council", () => {
      expect(defaultCouncilFor('c-2', councils)).toBe('E06000001');
    });

    it('should give Chesterfield to a user with no council, without waiting for the list', () => {
      expect(defaultCouncilFor(null, undefined)).toBe('E07000034');
    });

    it('should wait, returning null, until the list of councils has loaded', () => {
      expect(defaultCouncilFor('c-2', undefined)).toBeNull();
    });

    it("should fall back to Chesterfield when the user's council is not in the list", () => {
      expect(defaultCouncilFor('c-9', councils)).toBe('E07000034');
    });
  });

  describe('resolveDimension', () => {
    const choice = { ...DEFAULT_CHOICE, framework: 'improvement-breakthroughs', dimension: 'plan-coverage' };

    it('should pass the URL dimension on before the frameworks have loaded', () => {
      expect(resolveDimension(choice, null)).toBe('plan-coverage');
    });

    it('should keep a dimension the framework has', () => {
      expect(resolveDimension(choice, ['progress', 'plan-coverage'])).toBe('plan-coverage');
    });

    it('should drop a dimension the framework does not have, or when it has only one', () => {
      expect(resolveDimension(choice, ['now', 'ambition'])).toBeNull();
      expect(resolveDimension(choice, ['rating'])).toBeNull();
    });
  });
});
