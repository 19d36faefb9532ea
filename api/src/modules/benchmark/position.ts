/**
 * Where a council's score sits among its peers', in the plain words of DESIGN.md §4: a quartile
 * band, and a phrase measured in median absolute deviations (MAD) from the peer median. No ranks.
 */

export type QuartileBand = 'LOWEST_QUARTER' | 'LOWER_MIDDLE' | 'UPPER_MIDDLE' | 'HIGHEST_QUARTER';

export type Position = { band: QuartileBand; phrase: string; madsFromMedian: number | null };

/** Thresholds in MADs: within 0.5 is "broadly similar", then "slightly", plain, and "well" above/below. */
export const MAD_STEPS = { similar: 0.5, slightly: 1, plain: 2 } as const;

export function quartileBand(score: number, lowerQuartile: number, median: number, upperQuartile: number): QuartileBand {
  if (score < lowerQuartile) return 'LOWEST_QUARTER';
  if (score < median) return 'LOWER_MIDDLE';
  if (score <= upperQuartile) return 'UPPER_MIDDLE';
  return 'HIGHEST_QUARTER';
}

/**
 * The MAD phrase for a score against peers' median and MAD. When peers all agree (MAD 0) any
 * difference is large relative to them, so only an exact match is "broadly similar".
 */
export function madPhrase(score: number, median: number, mad: number): { phrase: string; madsFromMedian: number | null } {
  const difference = score - median;
  if (mad === 0) {
    if (Math.abs(difference) < 1e-9) return { phrase: 'broadly similar to', madsFromMedian: 0 };
    return { phrase: difference > 0 ? 'well above' : 'well below', madsFromMedian: null };
  }
  const mads = difference / mad;
  const size = Math.abs(mads);
  const direction = mads > 0 ? 'above' : 'below';
  if (size <= MAD_STEPS.similar) return { phrase: 'broadly similar to', madsFromMedian: mads };
  if (size <= MAD_STEPS.slightly) return { phrase: `slightly ${direction}`, madsFromMedian: mads };
  if (size <= MAD_STEPS.plain) return { phrase: direction, madsFromMedian: mads };
  return { phrase: `well ${direction}`, madsFromMedian: mads };
}

export function positionOf(score: number, stats: { median: number; lowerQuartile: number; upperQuartile: number; mad: number }): Position {
  return {
    band: quartileBand(score, stats.lowerQuartile, stats.median, stats.upperQuartile),
    ...madPhrase(score, stats.median, stats.mad),
  };
}
