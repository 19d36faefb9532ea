import { createHmac } from 'node:crypto';

import fc from 'fast-check';

import { discloseDistribution } from './disclosure';
import { apportion, countBandOf, hidesTotal, pseudoTotal, roundExactToStep, wholePercent } from './small-numbers';

function* countVectors(total: number, levels: number): Generator<number[]> {
  if (levels === 1) {
    yield [total];
    return;
  }
  for (let n = 0; n <= total; n++) for (const rest of countVectors(total - n, levels - 1)) yield [n, ...rest];
}

/** hidesTotal as first written: every count vector in the ranges tried in turn, the plain statement of the rule. */
function hidesTotalByEnumeration(published: readonly (readonly number[])[], seats: number, band: [number, number]): boolean {
  const possible = (p: readonly number[], total: number): boolean => {
    const ranges = p.map((n) => [
      Math.max(0, Math.ceil(((n - 1) * total) / seats)),
      Math.min(total - 2, Math.floor(((n + 1) * total - 1) / seats)),
    ]);
    const search = (level: number, counts: number[], used: number): boolean => {
      if (level === ranges.length) return used === total && apportion(counts, seats).every((n, i) => n === p[i]);
      for (let n = ranges[level][0]; n <= ranges[level][1] && used + n <= total; n++)
        if (search(level + 1, [...counts, n], used + n)) return true;
      return false;
    };
    return search(0, [], 0);
  };
  let found = 0;
  for (let total = band[0]; total <= band[1]; total++) if (published.every((p) => possible(p, total)) && ++found >= 2) return true;
  return false;
}

describe('small numbers', () => {
  it('should round percentages and small-group figures exactly halfway up', () => {
    expect(wholePercent(1, 8)).toBe(13); // 12.5%
    expect(wholePercent(1, 3)).toBe(33);
    expect(roundExactToStep(13, 20, 10)).toBe(70); // 65 exactly
    expect(roundExactToStep(12.875, 20, 10)).toBe(60); // 64.375
    expect(roundExactToStep(2, 6, 10)).toBe(30); // 33.3…
  });

  it('should apportion by largest remainder, ties to the lower level, to exactly the seats asked for', () => {
    expect(apportion([1, 1, 1], 5)).toEqual([2, 2, 1]);
    expect(apportion([2, 3, 2], 9)).toEqual([3, 4, 2]);
    expect(apportion([2, 3, 2], 7)).toEqual([2, 3, 2]);
  });

  it('should draw the same pseudo-total for the same cell and count, always inside the band', () => {
    const band = countBandOf(7, 5);
    expect(band).toEqual([5, 9]);
    const totals = Array.from({ length: 50 }, (_, i) => pseudoTotal(7, band, 'secret', `cell-${i}`));
    expect(totals.every((n) => n >= 5 && n <= 9)).toBe(true);
    expect(new Set(totals).size).toBeGreaterThan(1);
    expect(pseudoTotal(7, band, 'secret', 'cell-1')).toBe(totals[1]);
  });

  it('should draw from the keyed hash of the cell and count, afresh for each secret', () => {
    const band: [number, number] = [20, 49];
    const hashed = (secret: string, cell: string) => 20 + (createHmac('sha256', secret).update(`${cell}|25`).digest().readUInt32BE(0) % 30);
    const cells = Array.from({ length: 20 }, (_, i) => `cut-${i}`);
    const drawn = (secret: string) => cells.map((cell) => pseudoTotal(25, band, secret, cell));
    const first = drawn('one secret');
    const second = drawn('another secret');
    expect(first).toEqual(cells.map((cell) => hashed('one secret', cell)));
    expect(second).toEqual(cells.map((cell) => hashed('another secret', cell)));
    expect(second).not.toEqual(first);
    expect(drawn('one secret')).toEqual(first);
  });

  it.each([3, 4, 5])('should never serve a distribution over %i levels that only one count in the band 5–9 could give', (levels) => {
    const policy = { minOtherCouncils: 5 };
    for (let total = 5; total <= 9; total++)
      for (const counts of countVectors(total, levels))
        for (const cell of ['a', 'b', 'c']) {
          const disclosed = discloseDistribution(counts, policy, { key: cell, secret: 'secret' });
          if (disclosed.suppressed) continue;
          const seats = pseudoTotal(total, [5, 9], 'secret', cell);
          const spread = disclosed.shares.map((share) => Math.round((share * seats) / 100));
          expect(hidesTotal([spread], seats, [5, 9])).toBe(true);
        }
  });

  it('should decide whether a total is hidden exactly as trying every count vector does', () => {
    const cut = fc
      .record({ levels: fc.integer({ min: 2, max: 5 }), band: fc.constantFrom<[number, number]>([5, 9], [10, 19], [20, 49], [50, 99]) })
      .chain(({ levels, band }) =>
        fc.record({
          band: fc.constant(band),
          seats: fc.integer({ min: band[0], max: band[1] }),
          totals: fc.array(fc.array(fc.nat({ max: 40 }), { minLength: levels, maxLength: levels }), { minLength: 1, maxLength: 3 }),
        }),
      );
    fc.assert(
      fc.property(cut, ({ band, seats, totals }) => {
        // Published spreads as discloseDistributions makes them: count vectors apportioned to the seats.
        const published = totals.filter((counts) => counts.some((n) => n > 0)).map((counts) => apportion(counts, seats));
        expect(hidesTotal(published, seats, band)).toBe(hidesTotalByEnumeration(published, seats, band));
      }),
      { numRuns: 300 },
    );
  });
});
