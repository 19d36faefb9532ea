/**
 * The section comparison chart's maths and words, kept out of React so they can be tested on their
 * own and so the marks, the text summary, the keyboard announcements and the "Show data" table are
 * all generated from the same data and accessors and cannot drift apart.
 *
 * No D3 here on purpose: d3-scale and d3-array ship as ES modules only, and this file must load
 * under jest's CommonJS transform. The scales live in the SVG component.
 */
import {
  CHART_MARGIN,
  LABEL_CHAR_WIDTH,
  LABEL_COLUMN_MAX_WIDTH,
  LABEL_COLUMN_MIN_WIDTH,
  LABEL_COLUMN_SHARE,
  LABEL_GAP,
  LABEL_LINE_HEIGHT,
  LABEL_MAX_LINES,
  NARROW_PLOT_WIDTH,
  ROW_MIN_HEIGHT,
  ROW_PADDING,
  SCORE_DOMAIN,
  SCORE_TICKS,
  SCORE_TICKS_NARROW,
  SUPPRESSED_GUTTER_WIDTH,
  SUPPRESSED_SYMBOL,
} from './constants';

/** One section's figures as the chart draws them; pages map API rows to these. */
export type SectionComparisonDatum = {
  key: string;
  title: string;
  /** The council's own score (0–100); null when it did not assess the section. */
  councilScore: number | null;
  /** Other councils' median and quartiles; null when suppressed. */
  peerMedian: number | null;
  peerLowerQuartile: number | null;
  peerUpperQuartile: number | null;
  /** How many other councils contributed, as a band ("200+"), or "c" when suppressed. */
  contributorsBand: string;
  suppressed: boolean;
  suppressionReason: string | null;
};

/** Words the summary needs that the rows do not carry. */
export type SectionComparisonSummaryOptions = {
  /** The council's short name, e.g. "Chesterfield". */
  councilName: string;
  /** What the framework calls a section, e.g. "Section" or "Breakthrough area". */
  sectionLabel?: string;
  /** The peer group as it reads in a sentence, e.g. "district councils"; "other councils" when not given. */
  peersLabel?: string;
};

/** Who the council is compared with, in running text. */
const peersOf = (options: Pick<SectionComparisonSummaryOptions, 'peersLabel'>): string => options.peersLabel ?? 'other councils';

// accessors

/** True for a usable score: a finite number (not null, NaN or infinite). */
export function isScore(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const scoreOrNull = (value: number | null): number | null => (isScore(value) ? value : null);

/** The section's stable key. */
export const getSectionKey = (d: SectionComparisonDatum): string => d.key;

/** The section's title, as the framework words it. */
export const getSectionTitle = (d: SectionComparisonDatum): string => d.title;

/** The council's own score, or null when it did not assess the section (or the value is unusable). */
export const getCouncilScore = (d: SectionComparisonDatum): number | null => scoreOrNull(d.councilScore);

// A suppressed row never yields a peer figure, even if one slipped through: disclosure control is
// the API's job, but the chart must not be the place where it leaks.
/** Other councils' median, or null when suppressed or missing. */
export const getPeerMedian = (d: SectionComparisonDatum): number | null => (d.suppressed ? null : scoreOrNull(d.peerMedian));

/** Other councils' lower quartile, or null when suppressed or missing. */
export const getPeerLowerQuartile = (d: SectionComparisonDatum): number | null => (d.suppressed ? null : scoreOrNull(d.peerLowerQuartile));

/** Other councils' upper quartile, or null when suppressed or missing. */
export const getPeerUpperQuartile = (d: SectionComparisonDatum): number | null => (d.suppressed ? null : scoreOrNull(d.peerUpperQuartile));

// domains

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

/** Where the council stands against other councils' median in one section. */
export type MedianComparison = 'above' | 'below' | 'same' | 'not-comparable';

/**
 * Compares on whole numbers, as displayed, so the summary never says "above" when the table shows
 * the same figure twice.
 */
export function compareWithMedian(d: SectionComparisonDatum): MedianComparison {
  const council = getCouncilScore(d);
  const median = getPeerMedian(d);
  if (council === null || median === null) return 'not-comparable';
  const difference = roundScore(council) - roundScore(median);
  return difference > 0 ? 'above' : difference < 0 ? 'below' : 'same';
}

// layout

/** One row's place in the chart. */
export type SectionComparisonRowLayout = {
  datum: SectionComparisonDatum;
  index: number;
  /** Top of the row (px from the top of the SVG) and its height. */
  y: number;
  height: number;
  /** Vertical centre of the row, where the marks sit. */
  centreY: number;
  /** The label, wrapped (and if need be shortened) to fit the label column. */
  labelLines: string[];
};

/** Everything the SVG needs to place its marks at a given width. */
export type SectionComparisonLayout = {
  width: number;
  height: number;
  /** Right edge of the label column (labels are right-aligned to it). */
  labelRight: number;
  /** The plot's horizontal extent: the range of the x scale. */
  plotLeft: number;
  plotRight: number;
  /** Top and bottom of the rows. */
  plotTop: number;
  plotBottom: number;
  /** Centre of the gutter where suppressed rows show "c". */
  suppressedX: number;
  rowHeight: number;
  rows: SectionComparisonRowLayout[];
};

/** Width of the label column for a chart of the given width (px). */
export function getLabelColumnWidth(width: number): number {
  return Math.round(Math.min(LABEL_COLUMN_MAX_WIDTH, Math.max(LABEL_COLUMN_MIN_WIDTH, width * LABEL_COLUMN_SHARE)));
}

/**
 * Wraps a label into lines of at most maxChars characters, breaking between words or after a
 * hyphen ("Pre-" / "application"). A word still too long for a line is cut, and text beyond
 * maxLines is dropped; either way the label stops there and ends in "…", so it is clear something
 * is missing (the full title is in the tooltip, the table and the announcement).
 */
export function wrapLabel(text: string, maxChars: number, maxLines = LABEL_MAX_LINES): string[] {
  const limit = Math.max(2, Math.floor(maxChars));
  // Each piece remembers whether it follows a space or continues a hyphenated word.
  const pieces = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)(?=.)/).map((part, index) => ({ part, joiner: index === 0 ? ' ' : '' })));
  const lines: string[] = [];
  let current = '';
  let truncated = false;
  for (const { part, joiner } of pieces) {
    const candidate = current ? `${current}${joiner}${part}` : part;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    if (lines.length >= maxLines) {
      truncated = true;
      break;
    }
    if (part.length > limit) {
      lines.push(part.slice(0, limit - 1));
      truncated = true;
      break;
    }
    current = part;
  }
  if (current) lines.push(current);
  if (truncated && lines.length > 0) {
    const last = lines[lines.length - 1];
    lines[lines.length - 1] = `${last.length >= limit ? last.slice(0, limit - 1) : last}…`;
  }
  return lines;
}

/**
 * Lays the rows out for a chart of the given width, in the order given: the framework's own
 * section order, never sorted by score, because a ranked list reads as a league table.
 * Every row has the height of the tallest label, so the rows line up with the grid.
 */
export function layoutChart(data: SectionComparisonDatum[], width: number): SectionComparisonLayout {
  const labelWidth = getLabelColumnWidth(width);
  const labelRight = CHART_MARGIN.left + labelWidth;
  const plotLeft = labelRight + LABEL_GAP;
  // Keep some plot even in an absurdly narrow container, rather than a negative range.
  const plotRight = Math.max(plotLeft + 40, width - CHART_MARGIN.right - SUPPRESSED_GUTTER_WIDTH);
  const charsPerLine = labelWidth / LABEL_CHAR_WIDTH;
  const wrapped = data.map((d) => wrapLabel(getSectionTitle(d), charsPerLine));
  const maxLines = Math.max(1, ...wrapped.map((lines) => lines.length));
  const rowHeight = Math.max(ROW_MIN_HEIGHT, maxLines * LABEL_LINE_HEIGHT + 2 * ROW_PADDING);
  const plotTop = CHART_MARGIN.top;
  const rows = data.map((datum, index) => {
    const y = plotTop + index * rowHeight;
    return { datum, index, y, height: rowHeight, centreY: y + rowHeight / 2, labelLines: wrapped[index] };
  });
  const plotBottom = plotTop + data.length * rowHeight;
  return {
    width,
    height: plotBottom + CHART_MARGIN.bottom,
    labelRight,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    suppressedX: plotRight + SUPPRESSED_GUTTER_WIDTH / 2,
    rowHeight,
    rows,
  };
}

// keyboard

/** The result of a key press on the chart: the row to show (null for none) and whether the key was used. */
export type RowNavigation = { index: number | null; handled: boolean };

/**
 * Keyboard movement between rows, following the @visx/a11y pattern: Enter or an arrow key moves
 * into the data, arrows move between rows (stopping at the ends rather than wrapping, so a
 * screen reader user knows where they are), Home and End jump, Escape leaves. Keys it does not use
 * are left alone so the page still scrolls and tabs as usual.
 */
export function getNextRowIndex(current: number | null, key: string, count: number): RowNavigation {
  if (count === 0) return { index: null, handled: false };
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return { index: current === null ? 0 : Math.min(last, current + 1), handled: true };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { index: current === null ? 0 : Math.max(0, current - 1), handled: true };
    case 'Home':
      return { index: 0, handled: true };
    case 'End':
      return { index: last, handled: true };
    case 'Enter':
      return { index: current ?? 0, handled: true };
    case 'Escape':
      return { index: null, handled: current !== null };
    default:
      return { index: current, handled: false };
  }
}

// text

const plural = (count: number, singular: string): string => (count === 1 ? singular : `${singular}s`);

/** Joins phrases as "a", "a and b", "a, b and c" (no Oxford comma, as GOV.UK style). */
export function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "by 1 point", "by 12 points". */
const byPoints = (points: number): string => `by ${points} ${plural(points, 'point')}`;

/** The accessible name of the chart. */
export function getChartTitle(options: SectionComparisonSummaryOptions): string {
  const label = (options.sectionLabel ?? 'Section').toLowerCase();
  return `${options.councilName}'s ${label} scores against ${peersOf(options)}`;
}

/**
 * A plain-English summary of the whole chart, for the visible summary and the SVG's <desc>.
 * It counts sections above, below and level with the median, names the largest gaps within the
 * council's own results, and says what could not be compared and why. It never ranks councils.
 */
export function buildSummary(data: SectionComparisonDatum[], options: SectionComparisonSummaryOptions): string {
  const name = options.councilName;
  const label = (options.sectionLabel ?? 'Section').toLowerCase();
  const peers = peersOf(options);
  if (data.length === 0) return `There are no ${label}s to show.`;

  const comparisons = data.map((d) => ({ d, comparison: compareWithMedian(d) }));
  const comparable = comparisons.filter((c) => c.comparison !== 'not-comparable');
  const count = (kind: MedianComparison) => comparable.filter((c) => c.comparison === kind).length;
  const suppressed = data.filter((d) => d.suppressed).length;
  const notAssessed = data.filter((d) => getCouncilScore(d) === null).length;
  const sentences: string[] = [];

  if (notAssessed === data.length) {
    const peerFigures = options.peersLabel === undefined ? "other councils' figures" : `the figures of ${peers}`;
    sentences.push(`${name} has no ${label} scores to compare, so only ${peerFigures} are shown.`);
  } else if (comparable.length === 0) {
    sentences.push(`None of ${name}'s ${label} scores can be compared with ${peers}.`);
  } else if (comparable.length === 1) {
    const { d } = comparable[0];
    const council = roundScore(getCouncilScore(d) as number);
    const median = roundScore(getPeerMedian(d) as number);
    const position =
      council > median
        ? `above the median of ${peers} (${median}) ${byPoints(council - median)}`
        : council < median
          ? `below the median of ${peers} (${median}) ${byPoints(median - council)}`
          : `the same as the median of ${peers}`;
    sentences.push(`In ${getSectionTitle(d)}, ${name} scored ${council}, ${position}.`);
  } else {
    const above = count('above');
    const below = count('below');
    const same = count('same');
    const parts = [`${name} scored above the median of ${peers} in ${above} of ${comparable.length} ${plural(comparable.length, label)}`];
    if (below > 0) parts.push(`below it in ${below}`);
    if (same > 0) parts.push(`the same as it in ${same}`);
    sentences.push(`${joinWithAnd(parts)}.`);

    const gaps = comparable.map(({ d }) => ({ d, gap: roundScore(getCouncilScore(d) as number) - roundScore(getPeerMedian(d) as number) }));
    // The first section wins a tie, so the summary follows the framework's order.
    const widestAbove = gaps.reduce<(typeof gaps)[number] | null>(
      (best, g) => (g.gap > 0 && (best === null || g.gap > best.gap) ? g : best),
      null,
    );
    const widestBelow = gaps.reduce<(typeof gaps)[number] | null>(
      (best, g) => (g.gap < 0 && (best === null || g.gap < best.gap) ? g : best),
      null,
    );
    const gapParts: string[] = [];
    if (widestAbove) gapParts.push(`furthest above the median in ${getSectionTitle(widestAbove.d)} (${byPoints(widestAbove.gap)})`);
    if (widestBelow) gapParts.push(`furthest below it in ${getSectionTitle(widestBelow.d)} (${byPoints(-widestBelow.gap)})`);
    if (gapParts.length > 0) sentences.push(`It was ${joinWithAnd(gapParts)}.`);
  }

  if (notAssessed > 0 && notAssessed < data.length) {
    sentences.push(`${name} did not assess ${notAssessed} ${plural(notAssessed, label)}.`);
  }
  if (suppressed > 0) {
    sentences.push(
      peers === 'other councils'
        ? `Other councils' figures are withheld (shown as ${SUPPRESSED_SYMBOL}) for ${suppressed} ${plural(suppressed, label)}, because too few councils contributed to keep them anonymous.`
        : `The figures of ${peers} are withheld (shown as ${SUPPRESSED_SYMBOL}) for ${suppressed} ${plural(suppressed, label)}, to keep the councils that contributed anonymous.`,
    );
  }
  return sentences.join(' ');
}

/** A score for a sentence: the whole number, or what stands in its place. */
const spokenPeerFigure = (d: SectionComparisonDatum, value: number | null): string =>
  d.suppressed ? `withheld (${SUPPRESSED_SYMBOL})` : value === null ? 'not available' : String(roundScore(value));

/**
 * What the chart announces when keyboard focus reaches a row, in the @visx/a11y order
 * "series, category, value": the section, your council's score, then other councils' median and
 * middle half.
 */
export function describeRow(d: SectionComparisonDatum, peersLabel?: string): string {
  const council = getCouncilScore(d);
  const median = getPeerMedian(d);
  const lower = getPeerLowerQuartile(d);
  const upper = getPeerUpperQuartile(d);
  const peers = peersOf({ peersLabel });
  const medianWords = peersLabel === undefined ? "other councils' median" : `median of ${peers}`;
  const parts = [
    getSectionTitle(d),
    council === null ? 'your council did not assess this' : `your council ${roundScore(council)}`,
    `${medianWords} ${spokenPeerFigure(d, median)}`,
  ];
  if (lower !== null && upper !== null) parts.push(`middle half of ${peers} ${roundScore(lower)} to ${roundScore(upper)}`);
  return parts.join(', ');
}

// table

/** One row of the "Show data" table, every cell already formatted. */
export type SectionComparisonTableRow = {
  key: string;
  section: string;
  councilScore: string;
  peerMedian: string;
  peerLowerQuartile: string;
  peerUpperQuartile: string;
  contributors: string;
  /** Why the peer figures are withheld, shown in the table beside the "c". */
  suppressionReason: string | null;
};

/** Column headings of the "Show data" table, in order; the first is the framework's word for a section. */
export function getTableHeadings(sectionLabel = 'Section'): string[] {
  return [sectionLabel, 'Your council', 'Median of others', 'Lower quartile', 'Upper quartile', 'Councils contributing'];
}

/** The "Show data" table's rows: the exact figures behind each row of the chart, rounded as displayed. */
export function buildTableRows(data: SectionComparisonDatum[]): SectionComparisonTableRow[] {
  return data.map((d) => {
    const peer = (value: number | null): string =>
      d.suppressed ? SUPPRESSED_SYMBOL : value === null ? 'Not available' : String(roundScore(value));
    const council = getCouncilScore(d);
    return {
      key: getSectionKey(d),
      section: getSectionTitle(d),
      councilScore: council === null ? 'Not assessed' : String(roundScore(council)),
      peerMedian: peer(getPeerMedian(d)),
      peerLowerQuartile: peer(getPeerLowerQuartile(d)),
      peerUpperQuartile: peer(getPeerUpperQuartile(d)),
      contributors: d.suppressed ? SUPPRESSED_SYMBOL : d.contributorsBand,
      suppressionReason: d.suppressed
        ? (d.suppressionReason ?? 'Withheld to protect the anonymity of the councils that contributed.')
        : null,
    };
  });
}
