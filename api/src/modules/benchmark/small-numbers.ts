/**
 * How figures from small groups are published (README "How figures are published"): the constants
 * and the pure arithmetic behind them, in one place. disclosure.ts applies them; nothing else should.
 */
import { createHmac } from 'node:crypto';

/** Below this many other councils, a group's median and quartiles are published rounded, never as a member's own score. */
export const PRECISE_FIGURES_FROM = 10;

/** The step (on the 0–100 scale) a small group's median and quartiles are rounded to. */
export const SMALL_GROUP_ROUNDING = 10;

/** The counts bands other councils are shown in; a band's upper bound is null for the last, open band. */
export const COUNT_BANDS: readonly (readonly [number, number | null])[] = [
  [0, 9],
  [10, 19],
  [20, 49],
  [50, 99],
  [100, 199],
  [200, null],
];

/**
 * For the open band, the pseudo-totals a distribution is spread over run from its lower bound up to
 * this many councils more (so even there the whole-number percentages do not spell out the count).
 */
const OPEN_BAND_SPAN = 200;

/** The band [low, high] (high null for the open band) that `count` falls in, its lowest band starting at the threshold. */
export function countBandOf(count: number, threshold: number): [number, number | null] {
  const bands = COUNT_BANDS.map(([low, high], i): [number, number | null] => [i === 0 ? threshold : low, high]).filter(
    ([low, high]) => high === null || high >= low,
  );
  return bands.find(([low, high]) => count >= low && (high === null || count <= high)) ?? bands[0];
}

/**
 * A 0–100 figure given exactly (numerator units over the subject's denominator; any multiple of
 * 1/8 of a unit) rounded to the nearest `step` points. Tie rule: exactly halfway rounds up. Worked
 * in integers (BigInt), so a figure exactly on a halfway point is recognised as one.
 */
export function roundExactToStep(units: number, denominator: number, step: number): number {
  const eighths = BigInt(Math.round(units * 8));
  const over = BigInt(denominator) * 8n * BigInt(step);
  // round(100 × units / (denominator × step)) = floor((2 × 100 × eighths + over) / (2 × over)).
  return Number((2n * 100n * eighths + over) / (2n * over)) * step;
}

/** A count as a whole-number percentage of a total. Tie rule: exactly halfway (e.g. 12.5%) rounds up. */
export const wholePercent = (count: number, total: number): number => Math.floor((200 * count + total) / (2 * total));

/**
 * The pseudo-total a distribution's shares are spread over, ONS cell-key style: a number in the
 * count's band drawn from a keyed hash of the cell (and the count), so it is the same every time the
 * same cell is asked for, unknown without the installation's secret, and independent of where in its
 * band the real count lies.
 */
export function pseudoTotal(count: number, band: [number, number | null], secret: string, cell: string): number {
  const [low, high] = band;
  const span = (high ?? low + OPEN_BAND_SPAN - 1) - low + 1;
  return low + (keyedDraw(secret, `${cell}|${count}`) % span);
}

/**
 * The first 32 bits of HMAC-SHA256(secret, message). Each draw is kept (for the last secret seen,
 * up to MAX_DRAWS_KEPT): a first read of a position asks for the same cells and counts as the
 * reads before it, and keying a new HMAC costs more than the rest of disclosing a distribution.
 */
function keyedDraw(secret: string, message: string): number {
  if (secret !== drawsSecret) {
    draws.clear();
    drawsSecret = secret;
  }
  let draw = draws.get(message);
  if (draw === undefined) {
    draw = createHmac('sha256', secret).update(message).digest().readUInt32BE(0);
    draws.set(message, draw);
    if (draws.size > MAX_DRAWS_KEPT) draws.delete(draws.keys().next().value!);
  }
  return draw;
}

let drawsSecret: string | null = null;
const draws = new Map<string, number>();
/** Every cut's few counts many times over, at under a hundred bytes each. */
const MAX_DRAWS_KEPT = 20_000;

/**
 * `counts` apportioned to `seats` by the largest-remainder method, in integers: each level gets the
 * whole part of its share of the seats, and the seats left go to the largest remainders, ties to the
 * lower level.
 */
export function apportion(counts: readonly number[], seats: number): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const result = counts.map((n) => Math.floor((n * seats) / total));
  const byRemainder = counts
    .map((n, level) => ({ level, remainder: (n * seats) % total }))
    .sort((a, b) => b.remainder - a.remainder || a.level - b.level);
  let left = seats - result.reduce((sum, n) => sum + n, 0);
  for (const { level } of byRemainder) {
    if (left-- <= 0) break;
    result[level]++;
  }
  return result;
}

/**
 * Whether at least two totals in `band` could have produced every one of `published` (count vectors
 * apportioned to the same `seats`) through apportion(): an adversary who knows the rule but not the
 * secret then cannot tell which was the real count, even by setting the distributions of one cut
 * side by side. A total is possible when, for each distribution, some count vector of it not withheld
 * by the group-disclosure rule apportions to exactly the published one. Totals nearest the seats are
 * tried first, so the answer usually comes after two or three.
 */
export function hidesTotal(published: readonly (readonly number[])[], seats: number, band: [number, number]): boolean {
  let found = 0;
  for (let step = 0; step <= band[1] - band[0]; step++)
    for (const total of step === 0 ? [seats] : [seats - step, seats + step])
      if (total >= band[0] && total <= band[1] && published.every((p) => someCountsApportionTo(p, seats, total)) && ++found >= 2)
        return true;
  return false;
}

function someCountsApportionTo(published: readonly number[], seats: number, total: number): boolean {
  // Each level's count must lie where its whole share is the published count or one less (one seat from the remainders).
  const last = published.length - 1;
  const low: number[] = [];
  const high: number[] = [];
  for (const p of published) {
    low.push(Math.max(0, Math.ceil(((p - 1) * total) / seats)));
    high.push(Math.min(total - 2, Math.floor(((p + 1) * total - 1) / seats)));
  }
  // The least and most the levels from each one on can hold, so a branch that cannot reach the total stops at once.
  const lowFrom = new Array<number>(published.length + 1).fill(0);
  const highFrom = new Array<number>(published.length + 1).fill(0);
  for (let level = last; level >= 0; level--) {
    lowFrom[level] = lowFrom[level + 1] + low[level];
    highFrom[level] = highFrom[level + 1] + high[level];
  }
  const counts = new Array<number>(published.length).fill(0);
  const search = (level: number, used: number): boolean => {
    if (level === last) {
      // The counts add up to the total, so the last level's is what is left.
      const n = total - used;
      if (n < low[last] || n > high[last]) return false;
      counts[last] = n;
      return apportion(counts, seats).every((seatsOf, i) => seatsOf === published[i]);
    }
    const from = Math.max(low[level], total - used - highFrom[level + 1]);
    const to = Math.min(high[level], total - used - lowFrom[level + 1]);
    for (let n = from; n <= to; n++) {
      counts[level] = n;
      if (search(level + 1, used + n)) return true;
    }
    return false;
  };
  return published.length === 0 ? total === 0 : search(0, 0);
}
