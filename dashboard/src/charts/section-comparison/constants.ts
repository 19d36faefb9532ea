/** Scores run from 0 (lowest level on the scale) to 100 (highest), whatever the framework. */
export const SCORE_DOMAIN: readonly [number, number] = [0, 100];

/** Tick values on the score axis when there is room for them all, and when there is not. */
export const SCORE_TICKS = [0, 25, 50, 75, 100] as const;
export const SCORE_TICKS_NARROW = [0, 50, 100] as const;

/** Below this plot width (px) the axis keeps only its ends and middle, so labels do not collide. */
export const NARROW_PLOT_WIDTH = 240;

/** Space around the plot (px): the top and bottom hold the axis labels, the right the "c" gutter. */
export const CHART_MARGIN = { top: 28, right: 8, bottom: 48, left: 0 } as const;

/** Width (px) of the column at the right where suppressed rows show "c". */
export const SUPPRESSED_GUTTER_WIDTH = 28;

/** Gap (px) between a section label and the plot. */
export const LABEL_GAP = 12;

/** The label column takes this share of the width, within these bounds (px). */
export const LABEL_COLUMN_SHARE = 0.34;
export const LABEL_COLUMN_MIN_WIDTH = 110;
export const LABEL_COLUMN_MAX_WIDTH = 300;

/** Labels are set at 16px; this is a generous average character width for GDS Transport and Arial at that size. */
export const LABEL_FONT_SIZE = 16;
export const LABEL_CHAR_WIDTH = 8.4;
export const LABEL_LINE_HEIGHT = 20;

/** Labels wrap to at most this many lines, then end in an ellipsis (the full title is in the table and the announcement). */
export const LABEL_MAX_LINES = 3;

/** Each row is at least this tall (px), and has this much space above and below its label. */
export const ROW_MIN_HEIGHT = 40;
export const ROW_PADDING = 8;

/** Mark sizes (px): the quartile bar's height, the median tick's half-length and width, the council dot's radius. */
export const PEER_RANGE_HEIGHT = 12;
export const MEDIAN_TICK_HALF_LENGTH = 11;
export const MEDIAN_TICK_WIDTH = 3;
export const COUNCIL_DOT_RADIUS = 6;

/** The symbol GSS uses for a figure withheld to protect confidentiality. */
export const SUPPRESSED_SYMBOL = 'c';

/**
 * Colours come from GOV.UK Frontend's custom properties (design tokens), with their values as
 * fallbacks. Shape, not colour, tells the marks apart: a circle, a tick and a bar.
 */
export const CHART_COLOURS = {
  yourCouncil: 'var(--govuk-brand-colour, #1d70b8)',
  median: 'var(--govuk-text-colour, #0b0c0c)',
  // Secondary text at 60% opacity on white is about #919191: a 3.2:1 contrast, enough for a
  // graphical object under WCAG 2.2 SC 1.4.11, while the black median tick on it stays distinct.
  peerRange: 'var(--govuk-secondary-text-colour, #484949)',
  peerRangeOpacity: 0.6,
  text: 'var(--govuk-text-colour, #0b0c0c)',
  secondaryText: 'var(--govuk-secondary-text-colour, #484949)',
  gridline: 'var(--govuk-border-colour, #cecece)',
  rowStripe: 'var(--govuk-template-background-colour, #f4f8fb)',
  focus: 'var(--govuk-focus-colour, #fd0)',
  focusText: 'var(--govuk-focus-text-colour, #0b0c0c)',
  background: 'var(--govuk-body-background-colour, #fff)',
} as const;

/** The tooltip's widest (px), and a generous guess at its height for deciding whether it fits below its row. */
export const TOOLTIP_MAX_WIDTH = 320;
export const TOOLTIP_ESTIMATED_HEIGHT = 150;
