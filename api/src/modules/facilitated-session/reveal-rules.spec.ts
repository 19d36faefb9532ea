import { MIN_SCORES_PER_ROLE, MIN_SCORES_TO_REVEAL, medianPosition, revealSpread, showsTipsBeside, shownRoles } from './reveal-rules';

const votes = (...pairs: [string, number][]) => pairs.map(([role, levelPosition]) => ({ role, levelPosition }));

describe('reveal rules', () => {
  it('should use the thresholds the design promises', () => {
    expect(MIN_SCORES_TO_REVEAL).toBe(3);
    expect(MIN_SCORES_PER_ROLE).toBe(2);
  });

  it('should withhold the spread when only 2 scored', () => {
    const spread = revealSpread(votes(['officer', 1], ['manager', 2]), 4);
    expect(spread).toMatchObject({ withheld: true, scored: 2 });
    expect(spread).not.toHaveProperty('levels');
  });

  it('should show the spread with counts per level and the median when 3 scored', () => {
    const spread = revealSpread(votes(['officer', 1], ['officer', 3], ['manager', 3]), 4);
    expect(spread.withheld).toBe(false);
    if (spread.withheld) return;
    expect(spread.levels.map((l) => l.count)).toEqual([0, 1, 0, 2]);
    expect(spread.median).toBe(3);
  });

  it('should show a role only where 2 of that role scored, when 1 of a role is grouped with others', () => {
    // Officers 2, managers 2, one councillor: the councillor's score must not fall out by subtraction,
    // so a second role is grouped with it.
    const roles = shownRoles(votes(['officer', 0], ['officer', 1], ['manager', 2], ['manager', 2], ['councillor', 3]));
    expect(roles).toHaveLength(1);
    const spread = revealSpread(votes(['officer', 0], ['officer', 1], ['manager', 2], ['manager', 2], ['councillor', 3]), 4);
    if (spread.withheld) throw new Error('expected a spread');
    expect(spread.otherRolesCount).toBeGreaterThanOrEqual(2);
  });

  it('should show every role when each has 2 or more', () => {
    expect(shownRoles(votes(['officer', 0], ['officer', 1], ['manager', 2], ['manager', 2]))).toEqual(['manager', 'officer']);
  });

  it('should show no role when 1 of that role scored and nobody else is hidden', () => {
    // Three officers and one partner: the partner's single score cannot be shown, nor be the only score left over.
    const roles = shownRoles(votes(['officer', 0], ['officer', 1], ['officer', 1], ['partner', 3]));
    expect(roles).toEqual([]);
  });

  it('should show a role of 2 beside other roles grouped together when they total 2 or more', () => {
    const spread = revealSpread(votes(['officer', 0], ['officer', 1], ['councillor', 2], ['partner', 3]), 4);
    if (spread.withheld) throw new Error('expected a spread');
    expect(spread.shownRoles).toEqual(['officer']);
    expect(spread.otherRolesCount).toBe(2);
    expect(spread.levels.map((l) => l.byRole)).toEqual([
      [{ role: 'officer', count: 1 }],
      [{ role: 'officer', count: 1 }],
      [{ role: 'officer', count: 0 }],
      [{ role: 'officer', count: 0 }],
    ]);
  });

  it('should put the median halfway between the middle two when they differ', () => {
    expect(medianPosition([0, 1, 2, 3])).toBe(1.5);
    expect(medianPosition([2])).toBe(2);
    expect(medianPosition([])).toBeNull();
  });

  it('should show tips beside statements agreed in the lower half of the scale', () => {
    expect([0, 1, 2, 3].map((p) => showsTipsBeside(p, 4))).toEqual([true, true, false, false]);
    expect([0, 1, 2].map((p) => showsTipsBeside(p, 3))).toEqual([true, true, false]);
  });
});
