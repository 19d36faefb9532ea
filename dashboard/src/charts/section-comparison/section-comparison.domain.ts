/**
 * The section comparison chart's maths and words, kept out of React so they can be tested on their
 * own and so the marks, the text summary, the keyboard announcements and the "Show data" table are
 * all generated from the same data and accessors and cannot drift apart.
 *
 * The score axis, the keyboard, the label wrapping and the row layout are the shared row chart's,
 * in ../shared/. No D3 here on purpose: d3-scale ships as ES modules only, and this file must load
 * under jest's CommonJS transform.
 */
import type { TableColumn } from '../../components/DataTable/table-columns';
import { DEFAULT_WITHHELD_REASON, WITHHELD_IN_WORDS, WITHHELD_SYMBOL } from '../../format/withheld';
import { layoutRows, type RowChartLayout, type RowLayout } from '../shared/row-chart.domain';
import { roundScore, scoreOrNull } from '../shared/score-axis';
import { joinWithAnd, plural } from '../shared/words';

import { ROW_MIN_HEIGHT } from './constants';

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
  /**
   * Where the council sits in the position table's words ("slightly above", "broadly similar to"),
   * when there is one; the summary then counts in those words, so it never says "above" of a
   * section the table calls "broadly similar".
   */
  positionPhrase?: string | null;
};

/** The table's phrases, highest first, as the summary lists them. */
const PHRASE_ORDER = ['well above', 'above', 'slightly above', 'broadly similar', 'slightly below', 'below', 'well below'];

/** "broadly similar to" → "broadly similar": the phrase without the word that joins it to the median. */
const phraseKey = (phrase: string): string => phrase.trim().replace(/\s+to$/, '');

/**
 * "Against the median of all councils, Chesterfield is above in 3 sections, broadly similar in 10
 * and below in 2", when every comparable row has the table's phrase; null otherwise.
 */
function phraseCountSentence(rows: SectionComparisonDatum[], name: string, peers: string, label: string): string | null {
  const phrases = rows.map((d) => (d.positionPhrase ? phraseKey(d.positionPhrase) : null));
  if (phrases.some((p) => p === null || !PHRASE_ORDER.includes(p))) return null;
  const parts = PHRASE_ORDER.map((p) => ({ p, n: phrases.filter((x) => x === p).length }))
    .filter((x) => x.n > 0)
    .map((x, i) => (i === 0 ? `${x.p} in ${x.n} ${plural(x.n, label)}` : `${x.p} in ${x.n}`));
  return `Against the median of ${peers}, ${name} is ${joinWithAnd(parts)}.`;
}

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

// comparison

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
export type SectionComparisonRowLayout = RowLayout<SectionComparisonDatum>;

/** Everything the SVG needs to place its marks at a given width. */
export type SectionComparisonLayout = RowChartLayout<SectionComparisonRowLayout>;

/** Lays the rows out in the framework's section order (never ranked), the marks on each row's centre line. */
export function layoutChart(data: SectionComparisonDatum[], width: number): SectionComparisonLayout {
  return layoutRows(data, width, ROW_MIN_HEIGHT);
}

// text

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
    const inTableWords = phraseCountSentence(
      comparable.map(({ d }) => d),
      name,
      peers,
      label,
    );
    if (inTableWords) sentences.push(inTableWords);
    else {
      const parts = [`${name} scored above the median of ${peers} in ${above} of ${comparable.length} ${plural(comparable.length, label)}`];
      if (below > 0) parts.push(`below it in ${below}`);
      if (same > 0) parts.push(`the same as it in ${same}`);
      sentences.push(`${joinWithAnd(parts)}.`);
    }

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
        ? `Other councils' figures are withheld (shown as ${WITHHELD_SYMBOL}) for ${suppressed} ${plural(suppressed, label)}, because too few councils contributed to keep them anonymous.`
        : `The figures of ${peers} are withheld (shown as ${WITHHELD_SYMBOL}) for ${suppressed} ${plural(suppressed, label)}, to keep the councils that contributed anonymous.`,
    );
  }
  return sentences.join(' ');
}

/** A score for a sentence: the whole number, or what stands in its place. */
const spokenPeerFigure = (d: SectionComparisonDatum, value: number | null): string =>
  d.suppressed ? WITHHELD_IN_WORDS : value === null ? 'not available' : String(roundScore(value));

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

/** The "Show data" table's columns, from the same headings; the reason for withholding shows beneath the "c" of the last. */
export function getTableColumns(sectionLabel?: string): TableColumn<SectionComparisonTableRow>[] {
  const [section, council, median, lower, upper, contributors] = getTableHeadings(sectionLabel);
  return [
    { heading: section, text: (r) => r.section },
    { heading: council, text: (r) => r.councilScore, numeric: true },
    { heading: median, text: (r) => r.peerMedian, numeric: true },
    { heading: lower, text: (r) => r.peerLowerQuartile, numeric: true },
    { heading: upper, text: (r) => r.peerUpperQuartile, numeric: true },
    { heading: contributors, text: (r) => r.contributors, withheldReasonBeneath: true },
  ];
}

/** The "Show data" table's rows: the exact figures behind each row of the chart, rounded as displayed. */
export function buildTableRows(data: SectionComparisonDatum[]): SectionComparisonTableRow[] {
  return data.map((d) => {
    const peer = (value: number | null): string =>
      d.suppressed ? WITHHELD_SYMBOL : value === null ? 'Not available' : String(roundScore(value));
    const council = getCouncilScore(d);
    return {
      key: getSectionKey(d),
      section: getSectionTitle(d),
      councilScore: council === null ? 'Not assessed' : String(roundScore(council)),
      peerMedian: peer(getPeerMedian(d)),
      peerLowerQuartile: peer(getPeerLowerQuartile(d)),
      peerUpperQuartile: peer(getPeerUpperQuartile(d)),
      contributors: d.suppressed ? WITHHELD_SYMBOL : d.contributorsBand,
      suppressionReason: d.suppressed ? (d.suppressionReason ?? DEFAULT_WITHHELD_REASON) : null,
    };
  });
}
