/** Sizes and colours every row chart shares, so the charts line up and look alike. */

/** Space around the plot (px): the top and bottom hold the axis labels, the right the "c" gutter. */
export const CHART_MARGIN = { top: 28, right: 8, bottom: 48, left: 0 } as const;

/** Width (px) of the column at the right where withheld rows show "c". */
export const SUPPRESSED_GUTTER_WIDTH = 28;

/** Gap (px) between a row's label and the plot. */
export const LABEL_GAP = 12;

/** The label column takes this share of the width, within these bounds (px). */
export const LABEL_COLUMN_SHARE = 0.34;
export const LABEL_COLUMN_MIN_WIDTH = 110;
export const LABEL_COLUMN_MAX_WIDTH = 300;

/** Labels are set at 16px; this is a generous average character width for GDS Transport and Arial at that size. */
export const LABEL_FONT_SIZE = 16;
export const LABEL_CHAR_WIDTH = 8.4;
export const LABEL_LINE_HEIGHT = 20;

/**
 * Labels wrap to at most this many lines, then end in an ellipsis (the full title is in the table
 * and the announcement). Enough that every framework title wraps whole in a 320 px chart
 * ("Resource management (work allocation)" takes four there): a cut title read as another section.
 */
export const LABEL_MAX_LINES = 6;

/** Space (px) above and below a row's label. */
export const ROW_PADDING = 8;

/** Axis tick labels and notes in the plot are set at 14px. */
export const AXIS_FONT_SIZE = 14;

/**
 * Colours from GOV.UK Frontend's custom properties (design tokens), with their values as
 * fallbacks: the text, grid, row stripes and GOV.UK's focus colours.
 */
export const ROW_CHART_COLOURS = {
  text: 'var(--govuk-text-colour, #0b0c0c)',
  secondaryText: 'var(--govuk-secondary-text-colour, #484949)',
  gridline: 'var(--govuk-border-colour, #cecece)',
  rowStripe: 'var(--govuk-template-background-colour, #f4f8fb)',
  focus: 'var(--govuk-focus-colour, #fd0)',
  focusText: 'var(--govuk-focus-text-colour, #0b0c0c)',
  background: 'var(--govuk-body-background-colour, #fff)',
} as const;
