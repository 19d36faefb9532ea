/** The section comparison chart's own sizes and colours; the ones every row chart shares are in ../shared/constants.ts. */
import { ROW_CHART_COLOURS } from '../shared/constants';

/** Each row is at least this tall (px); the shared row padding sits above and below its label. */
export const ROW_MIN_HEIGHT = 40;

/** Mark sizes (px): the quartile bar's height, the median tick's half-length and width, the council dot's radius. */
export const PEER_RANGE_HEIGHT = 12;
export const MEDIAN_TICK_HALF_LENGTH = 11;
export const MEDIAN_TICK_WIDTH = 3;
export const COUNCIL_DOT_RADIUS = 6;

/** Width (px) of the little pictures in the key. */
export const KEY_WIDTH = 32;

/**
 * Colours come from GOV.UK Frontend's custom properties (design tokens), with their values as
 * fallbacks. Shape, not colour, tells the marks apart: a circle, a tick and a bar.
 */
export const CHART_COLOURS = {
  ...ROW_CHART_COLOURS,
  yourCouncil: 'var(--govuk-brand-colour, #1d70b8)',
  median: 'var(--govuk-text-colour, #0b0c0c)',
  // Secondary text at 60% opacity on white is about #919191: a 3.2:1 contrast, enough for a
  // graphical object under WCAG 2.2 SC 1.4.11, while the black median tick on it stays distinct.
  peerRange: 'var(--govuk-secondary-text-colour, #484949)',
  peerRangeOpacity: 0.6,
} as const;

/** The tooltip's widest (px), and a generous guess at its height for deciding whether it fits below its row. */
export const TOOLTIP_MAX_WIDTH = 320;
export const TOOLTIP_ESTIMATED_HEIGHT = 150;
