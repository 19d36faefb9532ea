/** Space around the plot (px): the left holds the count axis, the right the end-of-line labels, the bottom the months. */
export const CHART_MARGIN = { top: 16, right: 132, bottom: 40, left: 36 } as const;

/** The plot's height (px) inside the margins. */
export const PLOT_HEIGHT = 220;

/** The least room (px) between two end-of-line labels, so equal counts do not print over each other. */
export const LABEL_MIN_GAP = 16;

/** At most this many month labels along the bottom, however many months there are. */
export const MAX_MONTH_TICKS = 6;

/** Below this width (px) the end labels move under the chart, so a phone keeps a usable plot. */
export const NARROW_WIDTH = 420;

/**
 * Each status's line: a colour, and also a dash pattern and a marker shape, so no status is told
 * apart by colour alone; every line ends in its status word and count.
 */
export const STATUS_STYLES = {
  RED: { colour: '#ca3535', dash: undefined, marker: 'triangle' },
  AMBER: { colour: '#b35a00', dash: '6 3', marker: 'diamond' },
  GREEN: { colour: '#0f7a52', dash: '2 3', marker: 'square' },
  BLUE: { colour: '#1d70b8', dash: '10 3 2 3', marker: 'circle' },
  NONE: { colour: '#484949', dash: '1 4', marker: 'cross' },
} as const;

export const CHART_COLOURS = {
  text: 'var(--govuk-text-colour, #0b0c0c)',
  gridline: 'var(--govuk-border-colour, #cecece)',
  focus: 'var(--govuk-focus-colour, #fd0)',
} as const;
