/**
 * Order statistics used for scores and benchmarks. Quantiles interpolate linearly between order
 * statistics (Hyndman & Fan type 7), the same definition as PostgreSQL's percentile_cont, so a
 * figure computed here and one computed in SQL agree.
 */

/** The p-quantile (0 ≤ p ≤ 1) of the values, or null when there are none. */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export const median = (values: readonly number[]): number | null => quantile(values, 0.5);

/** Interquartile range, or null with fewer than two values (one opinion has no spread). */
export function interquartileRange(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  return (quantile(values, 0.75) as number) - (quantile(values, 0.25) as number);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
