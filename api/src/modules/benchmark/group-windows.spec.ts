import { PeerGroup } from '../peer-group/index';

import { GroupWindows } from './group-windows';

const group = (key: string) => Object.assign(new PeerGroup(), { key, label: key });
const GROUPS = [group('all'), group('north')];
const MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['all', ['a', 'b', 'c', 'd']],
  ['north', ['a', 'c']],
]);
// a submitted this round, b two rounds ago, c three rounds ago, d never in the window.
const SUBMITTING = new Map([
  ['2025-26', new Set(['a'])],
  ['2024-25', new Set(['a', 'b'])],
  ['2023-24', new Set(['c'])],
  ['2022-23', new Set(['d'])],
]);

const sorted = (windows: readonly (readonly ReadonlySet<string>[])[]) => windows.map((w) => w.map((set) => [...set].sort()));

describe('GroupWindows', () => {
  it('should give each group its contributors in the round alone and in the windows of two and three rounds', () => {
    expect(sorted(new GroupWindows().of(GROUPS, '2025-26', MEMBERS, SUBMITTING))).toEqual([
      [['a'], ['a', 'b'], ['a', 'b', 'c']],
      [['a'], ['a'], ['a', 'c']],
    ]);
  });

  it('should work the windows out once per membership, participation and round, and again for new ones', () => {
    const windows = new GroupWindows();
    const first = windows.of(GROUPS, '2025-26', MEMBERS, SUBMITTING);
    expect(windows.of(GROUPS, '2025-26', MEMBERS, SUBMITTING)).toBe(first);

    const later = new Map([...SUBMITTING, ['2025-26', new Set(['a', 'd'])]]);
    expect(sorted(windows.of(GROUPS, '2025-26', MEMBERS, later))[0][0]).toEqual(['a', 'd']);
    expect(sorted(windows.of(GROUPS, '2024-25', MEMBERS, SUBMITTING))[0]).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c', 'd'],
    ]);
    expect(windows.of([GROUPS[1]], '2025-26', MEMBERS, SUBMITTING)).toHaveLength(1);
  });
});
