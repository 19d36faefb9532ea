/** Space around the plot (px): the top and bottom hold the axis labels, the right the "c" gutter. */
export const CHART_MARGIN = { top: 28, right: 8, bottom: 48, left: 0 } as const;

/** Width (px) of the column at the right where withheld peer figures show "c". */
export const SUPPRESSED_GUTTER_WIDTH = 28;

/** Each row holds two lanes, the council's and the peers'; each lane is this tall (px). */
export const LANE_HEIGHT = 22;
export const ROW_PADDING = 8;

/** Mark sizes (px): the "now" circle's radius, the "ambition" triangle's half-size, the arrow's width. */
export const NOW_RADIUS = 6;
export const AMBITION_HALF_SIZE = 7;
export const ARROW_WIDTH = 3;

/**
 * Colours from GOV.UK Frontend's custom properties, with their values as fallbacks. The council's
 * marks are filled, the peers' hollow; now is a circle and ambition a triangle pointing the way of
 * travel, so neither series nor time relies on colour.
 */
export const CHART_COLOURS = {
  council: 'var(--govuk-brand-colour, #1d70b8)',
  peers: 'var(--govuk-text-colour, #0b0c0c)',
  text: 'var(--govuk-text-colour, #0b0c0c)',
  secondaryText: 'var(--govuk-secondary-text-colour, #484949)',
  gridline: 'var(--govuk-border-colour, #cecece)',
  rowStripe: 'var(--govuk-template-background-colour, #f4f8fb)',
  focus: 'var(--govuk-focus-colour, #fd0)',
  focusText: 'var(--govuk-focus-text-colour, #0b0c0c)',
  background: 'var(--govuk-body-background-colour, #fff)',
} as const;
