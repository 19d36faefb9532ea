import { DisclosedDistributions } from './disclosed-distributions';
import { discloseDistributions } from './disclosure';

const policy = { minOtherCouncils: 5 };
const counts = [
  [3, 4, 5, 2],
  [1, 6, 4, 3],
  [0, 0, 9, 1],
];

describe('disclosed distributions kept per cut', () => {
  it('should answer exactly as discloseDistributions does, and work each cut and counts out once', () => {
    const kept = new DisclosedDistributions(policy);
    const cell = { key: 'f|2025-26|section|all|d', secret: 'secret' };
    const first = kept.disclose(counts, cell);
    expect(first).toEqual(discloseDistributions(counts, policy, cell));
    expect(
      kept.disclose(
        counts.map((c) => [...c]),
        cell,
      ),
    ).toBe(first);
    expect(kept.size).toBe(1);
  });

  it('should work out again for another cell, other counts or another disclosure key', () => {
    const kept = new DisclosedDistributions(policy);
    const cell = { key: 'f|2025-26|section|all|d', secret: 'secret' };
    const first = kept.disclose(counts, cell);
    const otherCell = { ...cell, key: 'f|2025-26|section|region:East Midlands|d' };
    expect(kept.disclose(counts, otherCell)).toEqual(discloseDistributions(counts, policy, otherCell));
    const fewer = [counts[0], counts[1], [0, 0, 8, 1]];
    expect(kept.disclose(fewer, cell)).toEqual(discloseDistributions(fewer, policy, cell));
    expect(kept.size).toBe(3);
    const rekeyed = { ...cell, secret: 'another secret' };
    const again = kept.disclose(counts, rekeyed);
    expect(again).not.toBe(first);
    expect(again).toEqual(discloseDistributions(counts, policy, rekeyed));
    expect(kept.size).toBe(1);
  });

  it('should keep at most its bound, dropping the oldest', () => {
    const kept = new DisclosedDistributions(policy, 2);
    const cell = (key: string) => ({ key, secret: 'secret' });
    const a = kept.disclose(counts, cell('a'));
    kept.disclose(counts, cell('b'));
    kept.disclose(counts, cell('c'));
    expect(kept.size).toBe(2);
    expect(kept.disclose(counts, cell('a'))).not.toBe(a);
  });
});
