/**
 * The 0–100 score axis every row chart shares: its fixed domain, its ticks, and how a score is
 * checked, kept on the axis and rounded for people. Pure; the scale itself is d3-scale's, built in
 * useScoreScale, because d3-scale ships as an ES module that jest's CommonJS transform cannot load
 * in a domain file.
 */

/** Scores run from 0 (lowest level on the scale) to 100 (highest), whatever the framework. */
export const SCORE_DOMAIN: readonly [number, number] = [0, 100];

/** Tick values on the score axis when there is room for them all, and when there is not. */
export const SCORE_TICKS = [0, 25, 50, 75, 100] as const;
export const SCORE_TICKS_NARROW = [0, 50, 100] as const;

/** Below this plot width (px) the axis keeps only its ends and middle, so labels do not collide. */
export const NARROW_PLOT_WIDTH = 240;

/** The axis title under the plot. */
export const SCORE_AXIS_TITLE = 'Score (0 to 100)';

/** True for a usable score: a finite number (not null, NaN or infinite). */
export function isScore(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The value when it is a usable score, else null. */
export const scoreOrNull = (value: number | null): number | null => (isScore(value) ? value : null);

/** The score axis: always 0–100, so charts for different councils and rounds look alike. */
export function getScoreDomain(): [number, number] {
  return [SCORE_DOMAIN[0], SCORE_DOMAIN[1]];
}

/** Keeps an out-of-range score on the axis (drawn at its end) rather than off the chart. */
export function clampScore(value: number): number {
  return Math.min(SCORE_DOMAIN[1], Math.max(SCORE_DOMAIN[0], value));
}

/** Tick values for a plot of the given width (px): fewer when narrow, so labels do not collide. */
export function getScoreTicks(plotWidth: number): number[] {
  return plotWidth < NARROW_PLOT_WIDTH ? [...SCORE_TICKS_NARROW] : [...SCORE_TICKS];
}

/** A score as shown to people: a whole number. */
export function roundScore(value: number): number {
  // `+ 0` turns -0 (from rounding a small negative) into 0.
  return Math.round(value) + 0;
}
