/** The now vs ambition chart's own sizes and colours; the ones every row chart shares are in ../shared/constants.ts. */
import { ROW_CHART_COLOURS, ROW_PADDING } from '../shared/constants';

/** Each row holds two lanes, the council's and the peers'; each lane is this tall (px). */
export const LANE_HEIGHT = 22;

/** A row is at least two lanes tall, with the shared padding above and below. */
export const ROW_MIN_HEIGHT = 2 * LANE_HEIGHT + 2 * ROW_PADDING;

/** Mark sizes (px): the "now" circle's radius, the "ambition" triangle's half-size, the arrow's width. */
export const NOW_RADIUS = 6;
export const AMBITION_HALF_SIZE = 7;
export const ARROW_WIDTH = 3;

/** Width (px) of the little pictures in the key. */
export const KEY_WIDTH = 56;

/**
 * Colours from GOV.UK Frontend's custom properties, with their values as fallbacks. The council's
 * marks are filled, the peers' hollow; now is a circle and ambition a triangle pointing the way of
 * travel, so neither series nor time relies on colour.
 */
export const CHART_COLOURS = {
  ...ROW_CHART_COLOURS,
  council: 'var(--govuk-brand-colour, #1d70b8)',
  peers: 'var(--govuk-text-colour, #0b0c0c)',
} as const;
