/**
 * Where a council's score sits among its peers', in the plain words of DESIGN.md §4: a quartile
 * band, and a phrase measured in median absolute deviations (MAD) from the peer median. No ranks.
 *
 * Every argument is exact: scores and statistics in numerator units over the subject's denominator
 * (common/exact-score.ts), where quartiles are multiples of 1/4 and the MAD of 1/8 of a unit, all
 * held exactly by a double. So equality below is true equality, and each tie rule is written once:
 *
 * - Quartile band: a score equal to a quartile belongs to the band nearer the median, and a score
 *   equal to the median to the upper-middle band: [lowest, Q1) lowest quarter, [Q1, median) lower
 *   middle, [median, Q3] upper middle, (Q3, highest] highest quarter.
 * - MAD phrase: the boundaries are inclusive. Within 0.5 MAD of the median (exactly 0.5 included) is
 *   "broadly similar to"; up to and including 1 MAD "slightly above/below"; up to and including 2
 *   MADs "above/below"; beyond that "well above/below". Where peers all agree (MAD 0), only a score
 *   equal to the median is "broadly similar to"; any other is "well above/below".
 */

export type QuartileBand = 'LOWEST_QUARTER' | 'LOWER_MIDDLE' | 'UPPER_MIDDLE' | 'HIGHEST_QUARTER';

export type Position = { band: QuartileBand; phrase: string; madsFromMedian: number | null };

/** Thresholds in MADs: within 0.5 is "broadly similar", then "slightly", plain, and "well" above/below; each boundary inclusive. */
export const MAD_STEPS = { similar: 0.5, slightly: 1, plain: 2 } as const;

/** The quartile band of an exact score (see the tie rule above). */
export function quartileBand(score: number, lowerQuartile: number, median: number, upperQuartile: number): QuartileBand {
  if (score < lowerQuartile) return 'LOWEST_QUARTER';
  if (score < median) return 'LOWER_MIDDLE';
  if (score <= upperQuartile) return 'UPPER_MIDDLE';
  return 'HIGHEST_QUARTER';
}

/**
 * The MAD phrase for an exact score against peers' exact median and MAD. The comparisons multiply
 * the MAD by 0.5, 1 and 2, which a double does exactly, rather than divide by it.
 */
export function madPhrase(score: number, median: number, mad: number): { phrase: string; madsFromMedian: number | null } {
  const difference = score - median;
  const direction = difference > 0 ? 'above' : 'below';
  if (mad === 0) {
    if (difference === 0) return { phrase: 'broadly similar to', madsFromMedian: 0 };
    return { phrase: `well ${direction}`, madsFromMedian: null };
  }
  const size = Math.abs(difference);
  const madsFromMedian = difference / mad;
  if (size <= MAD_STEPS.similar * mad) return { phrase: 'broadly similar to', madsFromMedian };
  if (size <= MAD_STEPS.slightly * mad) return { phrase: `slightly ${direction}`, madsFromMedian };
  if (size <= MAD_STEPS.plain * mad) return { phrase: direction, madsFromMedian };
  return { phrase: `well ${direction}`, madsFromMedian };
}

/** The band and phrase of an exact score against exact peer statistics. */
export function positionOf(score: number, stats: { median: number; lowerQuartile: number; upperQuartile: number; mad: number }): Position {
  return {
    band: quartileBand(score, stats.lowerQuartile, stats.median, stats.upperQuartile),
    ...madPhrase(score, stats.median, stats.mad),
  };
}
