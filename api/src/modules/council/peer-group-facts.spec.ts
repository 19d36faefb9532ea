import { CircumstanceKind, CircumstanceSource } from './council-circumstance.entity';
import { definesPeerGroup, groupDefiningPairs } from './peer-group-facts';

describe('which circumstances define peer groups', () => {
  it.each(Object.values(CircumstanceKind))('should never let a self-declared %s define a group', (kind) => {
    expect(definesPeerGroup(kind, CircumstanceSource.SELF_DECLARED)).toBe(false);
  });

  it.each(Object.values(CircumstanceKind))('should let an official %s define a group', (kind) => {
    expect(definesPeerGroup(kind, CircumstanceSource.OFFICIAL)).toBe(true);
  });

  it('should count a designation or the danger of one only when it is official', () => {
    expect(definesPeerGroup(CircumstanceKind.DESIGNATED, CircumstanceSource.PAS_ASSIGNED)).toBe(false);
    expect(definesPeerGroup(CircumstanceKind.AT_RISK_OF_DESIGNATION, CircumstanceSource.PAS_ASSIGNED)).toBe(false);
    expect(definesPeerGroup(CircumstanceKind.CASH_STRAPPED, CircumstanceSource.PAS_ASSIGNED)).toBe(true);
  });

  it('should give SQL the same pairs as the rule, and no self-declared one', () => {
    const { kinds, sources } = groupDefiningPairs();
    expect(kinds).toHaveLength(sources.length);
    kinds.forEach((kind, i) => expect(definesPeerGroup(kind as CircumstanceKind, sources[i] as CircumstanceSource)).toBe(true));
    expect(sources).not.toContain(CircumstanceSource.SELF_DECLARED);
    expect(kinds.length).toBe(2 + 4 * 2);
  });
});
