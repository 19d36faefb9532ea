/**
 * Exact scores. A score is stored as a whole-number numerator over a denominator known from the
 * framework alone, so that two equal scores are equal and every comparison (quartile bands, MAD
 * phrases, nearest level) is decided by integers rather than by rounding. The 0–100 figure people
 * read (`displayScore`) is worked out from the numerator only for display, and never compared.
 *
 * Why the denominator is what it is: an item's score is an agreed level or the participants'
 * median of levels, so it is a whole number of half-steps of its scale (2 × (levels − 1) half-steps
 * from lowest to highest). A section's or theme's score is the mean of its answered items, so its
 * denominator also divides by how many were answered, which may be any number from 1 to the items
 * in the subject. The least common multiple of 1..items covers every count at once, so every
 * council's score for the subject has the same denominator and scores compare as numerators.
 *
 * Quartiles interpolate between numerators at quarter positions and the MAD is a median of
 * differences from a median, so they are multiples of 1/8 of a numerator: dyadic fractions that
 * IEEE doubles (and PostgreSQL's double precision) hold exactly while numerators stay below
 * MAX_SCORE_DENOMINATOR. That is why the statistics can stay in double precision and still be exact.
 */

/**
 * The largest denominator a framework may need: numerators up to it, multiplied by 8 and added,
 * stay exact integers (or eighths) in a double. Scoring refuses a subject that would need more.
 */
export const MAX_SCORE_DENOMINATOR = 2 ** 48;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The least common multiple of 1..n. */
function lcmUpTo(n: number): number {
  let lcm = 1;
  for (let k = 2; k <= n; k++) lcm = (lcm / gcd(lcm, k)) * k;
  return lcm;
}

/**
 * The denominator of every score of a subject with `items` items on a scale of `levels` levels: a
 * score is numerator / denominator of the way from the lowest level (0) to the highest (1). A subject
 * with no items (never scored) has the denominator of one item. Throws when the subject is too large
 * to score exactly.
 */
export function scoreDenominator(levels: number, items: number): number {
  if (levels < 2) throw new Error(`A score needs a scale of two or more levels (got ${levels})`);
  const denominator = 2 * (levels - 1) * lcmUpTo(Math.max(1, items));
  if (denominator > MAX_SCORE_DENOMINATOR)
    throw new Error(`A subject of ${items} items on ${levels} levels cannot be scored exactly (denominator ${denominator})`);
  return denominator;
}

/** The 0–100 figure for a numerator (or a statistic in numerator units) over its denominator: for display only. */
export const displayScore = (numerator: number, denominator: number): number => (100 * numerator) / denominator;

/**
 * The level (0 = lowest) nearest to a score given as numerator / denominator on a scale of `levels`
 * levels. Tie rule: a score exactly halfway between two levels takes the higher one. Worked in
 * integers, so a halfway score is recognised exactly; touchstone_nearest_level() in the database is
 * the same rule (tests/adversary/rounded-arithmetic.test.ts checks that the two agree).
 */
export function nearestLevel(numerator: number, denominator: number, levels: number): number {
  // level = floor(numerator × (levels − 1) / denominator + 1/2), in integers.
  return floorDivide(2 * numerator * (levels - 1) + denominator, 2 * denominator);
}

/** floor(a / b) for non-negative safe integers, corrected so that a quotient rounded by the division cannot cross a whole number. */
function floorDivide(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q--;
  else if ((q + 1) * b <= a) q++;
  return q;
}
