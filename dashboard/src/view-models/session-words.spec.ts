import {
  joinedWords,
  medianWords,
  normaliseJoinCode,
  revealAnnouncement,
  scoredWords,
  spreadRows,
  type SpreadLevelInput,
} from './session-words';

const LEVELS = [
  { key: 'poor', label: 'Poor', position: 0 },
  { key: 'fair', label: 'Fair', position: 1 },
  { key: 'good', label: 'Good', position: 2 },
  { key: 'excellent', label: 'Excellent', position: 3 },
];

const level = (key: string, count: number, byRole: SpreadLevelInput['byRole'] = []): SpreadLevelInput => ({
  level: LEVELS.find((l) => l.key === key)!,
  count,
  byRole,
});

describe('session words', () => {
  it('should say how many have scored, never what, when counting', () => {
    expect(scoredWords(0, 6)).toBe('0 of 6 have scored');
    expect(scoredWords(1, 6)).toBe('1 of 6 has scored');
    expect(scoredWords(6, 6)).toBe('6 of 6 have scored');
  });

  it('should list who joined by role in order when some have joined', () => {
    expect(joinedWords([])).toBe('Nobody has joined yet');
    expect(
      joinedWords([
        { role: 'PARTNER', count: 1 },
        { role: 'OFFICER', count: 2 },
        { role: 'MANAGER', count: 0 },
      ]),
    ).toBe('3 joined: 2 officers and 1 partner');
  });

  it('should name the median level, or the two levels it falls between, when there is one', () => {
    expect(medianWords(2, LEVELS)).toBe('Good');
    expect(medianWords(1.5, LEVELS)).toBe('between Fair and Good');
    expect(medianWords(null, LEVELS)).toBeNull();
    expect(medianWords(Number.NaN, LEVELS)).toBeNull();
    expect(medianWords(7, LEVELS)).toBeNull();
  });

  it('should draw shown roles by shape and count the rest together as other roles when some roles are too small', () => {
    const rows = spreadRows(
      [
        level('good', 3, [{ role: 'OFFICER', count: 2 }]),
        level('fair', 2, [{ role: 'MANAGER', count: 2 }]),
        level('poor', 0),
        level('excellent', 1),
      ],
      ['OFFICER', 'MANAGER'],
    );
    expect(rows.map((r) => r.key)).toEqual(['excellent', 'good', 'fair', 'poor']);
    expect(rows[1].marks).toEqual([
      { role: 'OFFICER', shape: '●', count: 2 },
      { role: 'OTHER', shape: '○', count: 1 },
    ]);
    expect(rows[1].words).toBe('Good: 3 (2 officers and 1 from other roles)');
    expect(rows[3].words).toBe('Poor: none');
  });

  it('should give counts only when no role has enough scores to show', () => {
    expect(spreadRows([level('good', 4)], [])[0]).toEqual({
      key: 'good',
      label: 'Good',
      count: 4,
      marks: [{ role: 'OTHER', shape: '○', count: 4 }],
      words: 'Good: 4',
    });
  });

  it('should announce the count, median and levels when revealed, or why the spread is withheld', () => {
    const spread = {
      dimension: { title: 'Rating' },
      scored: 5,
      withheld: false,
      reason: null,
      median: 2,
      levels: [level('good', 3), level('fair', 2)],
    };
    expect(revealAnnouncement([spread], false)).toBe('5 scored, median Good. Good 3 and Fair 2.');
    expect(
      revealAnnouncement([{ ...spread, withheld: true, scored: 2, median: null, levels: [], reason: 'Fewer than 3 scored.' }], true),
    ).toBe('Rating: 2 scored. Fewer than 3 scored.');
  });

  it('should normalise a typed code when it has spaces, dashes or small letters', () => {
    expect(normaliseJoinCode(' ab3-k 7q ')).toBe('AB3K7Q');
  });
});
