/**
 * The now vs ambition chart's maths and words: per theme, the council's current and target scores
 * and the chosen peer group's medians for both, as marks, a summary, keyboard announcements and the
 * "Show data" table, all from the same accessors so they cannot drift apart. Pure, no D3 or React.
 */
import type { TableColumn } from '../../components/DataTable/table-columns';
import { DEFAULT_WITHHELD_REASON, WITHHELD_SYMBOL } from '../../format/withheld';
import { layoutRows, type RowChartLayout, type RowLayout } from '../shared/row-chart.domain';
import { roundScore, scoreOrNull } from '../shared/score-axis';
import { joinWithAnd, plural } from '../shared/words';

import { LANE_HEIGHT, ROW_MIN_HEIGHT } from './constants';

/** One theme's figures as the chart draws them; pages map API subjects to these. */
export type NowAmbitionDatum = {
  key: string;
  title: string;
  /** The council's own scores (0–100); null where it did not rate the theme. */
  councilNow: number | null;
  councilAmbition: number | null;
  /** The peer group's medians; null when withheld. */
  peerNow: number | null;
  peerAmbition: number | null;
  /** True when the peer figures are withheld (on either dimension). */
  suppressed: boolean;
  suppressionReason: string | null;
  /** How many other councils contributed, as a band, or "c". */
  contributorsBand: string;
};

/** Words the summary needs that the rows do not carry. */
export type NowAmbitionOptions = {
  councilName: string;
  /** The peer group in a sentence, e.g. "district councils". */
  peersLabel: string;
  /** What the framework calls a theme, e.g. "Theme". */
  sectionLabel?: string;
};

// accessors

const score = scoreOrNull;
export const getCouncilNow = (d: NowAmbitionDatum): number | null => score(d.councilNow);
export const getCouncilAmbition = (d: NowAmbitionDatum): number | null => score(d.councilAmbition);
// A withheld row never yields a peer figure, even if one slipped through.
export const getPeerNow = (d: NowAmbitionDatum): number | null => (d.suppressed ? null : score(d.peerNow));
export const getPeerAmbition = (d: NowAmbitionDatum): number | null => (d.suppressed ? null : score(d.peerAmbition));

/** The change the council plans (ambition minus now, on the whole numbers shown), or null. */
export function getPlannedChange(d: NowAmbitionDatum): number | null {
  const now = getCouncilNow(d);
  const ambition = getCouncilAmbition(d);
  return now === null || ambition === null ? null : roundScore(ambition) - roundScore(now);
}

/** A signed change as shown: "+12", "-3" or "0" (a hyphen-minus, so spreadsheets read the CSV as numbers). */
export function formatChange(change: number | null): string {
  if (change === null) return 'Not assessed';
  return change > 0 ? `+${change}` : String(change);
}

// layout

/** One row's place in the chart: the council's lane above its centre line, the peers' below. */
export type NowAmbitionRowLayout = RowLayout<NowAmbitionDatum> & { councilY: number; peersY: number };

/** Everything the SVG needs to place its marks at a given width. */
export type NowAmbitionLayout = RowChartLayout<NowAmbitionRowLayout>;

/** Lays the rows out in the order given (the framework's theme order, never ranked). */
export function layoutNowAmbition(data: NowAmbitionDatum[], width: number): NowAmbitionLayout {
  const layout = layoutRows(data, width, ROW_MIN_HEIGHT);
  return {
    ...layout,
    rows: layout.rows.map((row) => ({ ...row, councilY: row.centreY - LANE_HEIGHT / 2, peersY: row.centreY + LANE_HEIGHT / 2 })),
  };
}

// text

/** The accessible name of the chart. */
export function getNowAmbitionTitle(options: NowAmbitionOptions): string {
  return `${options.councilName}'s ${(options.sectionLabel ?? 'Theme').toLowerCase()} scores now and its ambition, against ${options.peersLabel}`;
}

/**
 * A plain-English summary: where the council plans to move, the largest planned step, and how its
 * ambition compares with the median ambition of its peers; what is withheld and why. No ranking.
 */
export function buildNowAmbitionSummary(data: NowAmbitionDatum[], options: NowAmbitionOptions): string {
  const label = (options.sectionLabel ?? 'Theme').toLowerCase();
  const { councilName: name, peersLabel: peers } = options;
  if (data.length === 0) return `There are no ${label}s to show.`;
  const sentences: string[] = [];
  const planned = data.map((d) => ({ d, change: getPlannedChange(d) })).filter((p) => p.change !== null) as {
    d: NowAmbitionDatum;
    change: number;
  }[];
  if (planned.length === 0) {
    sentences.push(`${name} has no ${label} scores for now and ambition, so only the medians of ${peers} are shown.`);
  } else {
    const up = planned.filter((p) => p.change > 0);
    const same = planned.filter((p) => p.change === 0);
    const down = planned.filter((p) => p.change < 0);
    const parts = [`${name} aims higher than now in ${up.length} of ${planned.length} ${plural(planned.length, label)}`];
    if (same.length > 0) parts.push(`to stay where it is in ${same.length}`);
    if (down.length > 0) parts.push(`lower than now in ${down.length}`);
    sentences.push(`${joinWithAnd(parts)}.`);
    const biggest = up.reduce<(typeof up)[number] | null>((best, p) => (best === null || p.change > best.change ? p : best), null);
    if (biggest)
      sentences.push(
        `Its largest planned step is in ${biggest.d.title}, from ${roundScore(getCouncilNow(biggest.d)!)} to ${roundScore(getCouncilAmbition(biggest.d)!)}.`,
      );
    const compared = planned.filter((p) => getPeerAmbition(p.d) !== null);
    if (compared.length > 0) {
      const gaps = compared.map((p) => roundScore(getCouncilAmbition(p.d)!) - roundScore(getPeerAmbition(p.d)!));
      const above = gaps.filter((g) => g > 0).length;
      const below = gaps.filter((g) => g < 0).length;
      const level = gaps.filter((g) => g === 0).length;
      const ambitionParts = [
        `${name}'s ambition is above the median ambition of ${peers} in ${above} of ${compared.length} ${plural(compared.length, label)}`,
      ];
      if (below > 0) ambitionParts.push(`below it in ${below}`);
      if (level > 0) ambitionParts.push(`the same as it in ${level}`);
      sentences.push(`${joinWithAnd(ambitionParts)}.`);
    }
  }
  const notAssessed = data.filter((d) => getCouncilNow(d) === null || getCouncilAmbition(d) === null).length;
  if (notAssessed > 0 && planned.length > 0) sentences.push(`${name} did not rate ${notAssessed} ${plural(notAssessed, label)}.`);
  const suppressed = data.filter((d) => d.suppressed).length;
  if (suppressed > 0)
    sentences.push(
      `The medians of ${peers} are withheld (shown as ${WITHHELD_SYMBOL}) for ${suppressed} ${plural(suppressed, label)}, to keep the councils that contributed anonymous.`,
    );
  return sentences.join(' ');
}

const spoken = (value: number | null): string => (value === null ? 'not rated' : String(roundScore(value)));

/** What the chart announces when keyboard focus reaches a row: the theme, the council's now and ambition, then the peers'. */
export function describeNowAmbitionRow(d: NowAmbitionDatum, peersLabel: string): string {
  const council =
    getCouncilNow(d) === null && getCouncilAmbition(d) === null
      ? 'your council did not rate this'
      : `your council now ${spoken(getCouncilNow(d))}, ambition ${spoken(getCouncilAmbition(d))}`;
  const peers = d.suppressed
    ? `median of ${peersLabel} withheld (${WITHHELD_SYMBOL})`
    : `median of ${peersLabel} now ${spoken(getPeerNow(d))}, ambition ${spoken(getPeerAmbition(d))}`;
  return `${d.title}, ${council}; ${peers}`;
}

// table

/** One row of the "Show data" table, every cell formatted as shown. */
export type NowAmbitionTableRow = {
  key: string;
  title: string;
  councilNow: string;
  councilAmbition: string;
  change: string;
  peerNow: string;
  peerAmbition: string;
  contributors: string;
  suppressionReason: string;
};

/** Column headings of the "Show data" table. */
export function getNowAmbitionHeadings(options: NowAmbitionOptions): string[] {
  return [
    options.sectionLabel ?? 'Theme',
    `${options.councilName} now`,
    `${options.councilName} ambition`,
    'Planned change',
    'Peer median now',
    'Peer median ambition',
    'Councils contributing',
    'Why withheld',
  ];
}

/** The table's rows: the exact figures behind each row of the chart, rounded as displayed. */
export function buildNowAmbitionTableRows(data: NowAmbitionDatum[]): NowAmbitionTableRow[] {
  const own = (value: number | null): string => (value === null ? 'Not assessed' : String(roundScore(value)));
  return data.map((d) => {
    const peer = (value: number | null): string =>
      d.suppressed ? WITHHELD_SYMBOL : value === null ? 'Not available' : String(roundScore(value));
    return {
      key: d.key,
      title: d.title,
      councilNow: own(getCouncilNow(d)),
      councilAmbition: own(getCouncilAmbition(d)),
      change: formatChange(getPlannedChange(d)),
      peerNow: peer(getPeerNow(d)),
      peerAmbition: peer(getPeerAmbition(d)),
      contributors: d.suppressed ? WITHHELD_SYMBOL : d.contributorsBand,
      suppressionReason: d.suppressed ? (d.suppressionReason ?? DEFAULT_WITHHELD_REASON) : '',
    };
  });
}

/** A table row as CSV cells, in the headings' order. */
export const tableRowCells = (r: NowAmbitionTableRow): string[] => [
  r.title,
  r.councilNow,
  r.councilAmbition,
  r.change,
  r.peerNow,
  r.peerAmbition,
  r.contributors,
  r.suppressionReason,
];

/** The table's columns, from the same headings and cells as the CSV; "Why withheld" only when something is. */
export function getNowAmbitionColumns(options: NowAmbitionOptions, anyWithheld: boolean): TableColumn<NowAmbitionTableRow>[] {
  return getNowAmbitionHeadings(options)
    .map((heading, index) => ({ heading, text: (r: NowAmbitionTableRow) => tableRowCells(r)[index], numeric: index >= 1 && index <= 5 }))
    .filter((c) => anyWithheld || c.heading !== 'Why withheld');
}
