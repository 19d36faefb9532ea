/**
 * The council position page's shaping of the API's councilPosition: the subjects on one dimension,
 * each with the chosen peer group's figures, as the chart's data and as the rows of the position
 * and items tables. Pure, so the wording of every cell (and so of every CSV) is tested on its own.
 */
import type { NowAmbitionDatum } from '../charts/now-ambition/now-ambition.domain';
import type { SectionComparisonDatum } from '../charts/section-comparison/section-comparison.domain';
import type { TableColumn } from '../components/DataTable/table-columns';
import { positionInWords, sentenceCase } from '../format/peer-group-words';
import { DEFAULT_WITHHELD_REASON, WITHHELD_SYMBOL } from '../format/withheld';
import type {
  GetCouncilPositionComparison,
  GetCouncilPositionResult,
  GetCouncilPositionSubject,
} from '../graphql/queries/getCouncilPosition';
import type { PeerGroupSummaryFragment } from '../graphql/generated/graphql';

/** The dimension on show: the one asked for if the subjects have it, else the first the API sent. */
export function dimensionOf(subjects: GetCouncilPositionSubject[], wanted: string | null): string | null {
  if (wanted !== null && subjects.some((s) => s.dimension.key === wanted)) return wanted;
  return subjects[0]?.dimension.key ?? null;
}

/** The subjects on one dimension, in the order the API sent them: the framework's, never ranked. */
export function subjectsOn(subjects: GetCouncilPositionSubject[], dimensionKey: string | null): GetCouncilPositionSubject[] {
  return dimensionKey === null ? [] : subjects.filter((s) => s.dimension.key === dimensionKey);
}

/** One subject against one peer group: its figures, flattened for tables and the chart. */
export type PositionRow = {
  key: string;
  title: string;
  councilScore: number | null;
  answered: number;
  total: number;
  spread: number | null;
  comparison: GetCouncilPositionComparison | null;
};

/** Pairs each subject with the chosen group's figures (null when the API did not compare against it). */
export function positionRows(subjects: GetCouncilPositionSubject[], groupKey: string): PositionRow[] {
  return subjects.map((s) => ({
    key: s.key,
    title: s.title,
    councilScore: s.councilScore,
    answered: s.answered,
    total: s.total,
    spread: s.spread,
    comparison: s.comparisons.find((c) => c.peerGroup.key === groupKey) ?? null,
  }));
}

/** Maps position rows to the section comparison chart's plain data. */
export function toChartData(rows: PositionRow[]): SectionComparisonDatum[] {
  return rows.map((r) => {
    const c = r.comparison;
    const suppressed = c?.suppressed ?? true;
    return {
      key: r.key,
      title: r.title,
      councilScore: r.councilScore,
      peerMedian: c?.median ?? null,
      peerLowerQuartile: c?.lowerQuartile ?? null,
      peerUpperQuartile: c?.upperQuartile ?? null,
      contributorsBand: c && !c.suppressed ? c.contributorsBand : WITHHELD_SYMBOL,
      suppressed,
      suppressionReason: suppressed ? (c?.suppressionReason ?? (c ? DEFAULT_WITHHELD_REASON : 'This peer group was not compared.')) : null,
      positionPhrase: suppressed ? null : (c?.position?.phrase ?? null),
    };
  });
}

/** A 0–100 figure as shown: a whole number, never "-0". */
export const formatScore = (value: number | null | undefined): string | null =>
  typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value) + 0) : null;

/** The council's own score as a cell. */
export const councilScoreText = (r: PositionRow): string => formatScore(r.councilScore) ?? 'Not assessed';

/** A peer figure as a cell: "c" when withheld. */
const peerText = (r: PositionRow, value: number | null | undefined): string =>
  !r.comparison || r.comparison.suppressed ? WITHHELD_SYMBOL : (formatScore(value) ?? 'Not available');

/** Where the council sits, in words: "Slightly above the median of district councils". */
export function positionText(r: PositionRow, group: Pick<PeerGroupSummaryFragment, 'label' | 'kind'>): string {
  if (!r.comparison || r.comparison.suppressed) return WITHHELD_SYMBOL;
  if (formatScore(r.councilScore) === null) return 'Not assessed';
  return r.comparison.position ? sentenceCase(positionInWords(r.comparison.position.phrase, group)) : 'Not available';
}

/** Coverage as a cell: "12 of 15". */
export const coverageText = (r: PositionRow): string => (r.total > 0 ? `${r.answered} of ${r.total}` : 'Not assessed');

/** Spread as a cell: the participants' disagreement in points, when there were at least two of them. */
export const spreadText = (r: PositionRow): string => {
  const spread = formatScore(r.spread);
  return spread === null ? 'Not available' : `${spread} ${spread === '1' ? 'point' : 'points'}`;
};

/** The heading of the column that says why figures are withheld. */
export const WHY_WITHHELD = 'Why withheld';

/** Why the peer figures are withheld, or nothing. */
export const noteText = (r: PositionRow): string =>
  !r.comparison
    ? 'This peer group was not compared.'
    : r.comparison.suppressed
      ? (r.comparison.suppressionReason ?? DEFAULT_WITHHELD_REASON)
      : '';

/** Words the columns need: the framework's name for a subject, and the council and group. */
export type PositionColumnOptions = { subjectLabel: string; councilName: string; group: Pick<PeerGroupSummaryFragment, 'label' | 'kind'> };

/** The position table: one row per section with the council's place against the group, coverage and spread. */
export function positionColumns({ subjectLabel, councilName, group }: PositionColumnOptions): TableColumn<PositionRow>[] {
  return [
    { heading: subjectLabel, text: (r) => r.title },
    { heading: `${councilName}'s score`, text: councilScoreText, numeric: true },
    { heading: 'Peer median', text: (r) => peerText(r, r.comparison?.median), numeric: true },
    { heading: `Where ${councilName} sits`, text: (r) => positionText(r, group) },
    { heading: 'Items answered', text: coverageText, numeric: true },
    { heading: 'Spread', text: spreadText, numeric: true },
    { heading: WHY_WITHHELD, text: noteText },
  ];
}

/** The items table: each item's figures against the group, with the quartiles and how many contributed. */
export function itemColumns({ subjectLabel, councilName, group }: PositionColumnOptions): TableColumn<PositionRow>[] {
  return [
    { heading: subjectLabel, text: (r) => r.title },
    { heading: `${councilName}'s score`, text: councilScoreText, numeric: true },
    { heading: 'Peer median', text: (r) => peerText(r, r.comparison?.median), numeric: true },
    { heading: 'Lower quartile', text: (r) => peerText(r, r.comparison?.lowerQuartile), numeric: true },
    { heading: 'Upper quartile', text: (r) => peerText(r, r.comparison?.upperQuartile), numeric: true },
    { heading: `Where ${councilName} sits`, text: (r) => positionText(r, group) },
    {
      heading: 'Councils contributing',
      text: (r) => (!r.comparison || r.comparison.suppressed ? WITHHELD_SYMBOL : r.comparison.contributorsBand),
    },
    { heading: WHY_WITHHELD, text: noteText },
  ];
}

/** The peer groups offered as one-click choices: the API's defaults for the council, then the chosen one if it is another. */
export function offeredGroups(
  defaults: PeerGroupSummaryFragment[],
  chosen: PeerGroupSummaryFragment | undefined,
): PeerGroupSummaryFragment[] {
  return chosen && !defaults.some((g) => g.key === chosen.key) ? [...defaults, chosen] : defaults;
}

/** The result's peer group with this key, if the result compares against it. */
export function groupIn(
  result: Pick<GetCouncilPositionResult, 'peerGroups'> | undefined,
  key: string | null,
): PeerGroupSummaryFragment | undefined {
  return key === null ? undefined : result?.peerGroups.find((g) => g.key === key);
}

/** The dimensions the subjects are rated on, in the order the API sent them (e.g. now, then ambition). */
export function dimensionKeysOf(subjects: GetCouncilPositionSubject[]): string[] {
  return [...new Set(subjects.map((s) => s.dimension.key))];
}

/**
 * Pairs each section's first-dimension subject (now) with its second (ambition) against one peer
 * group, for the now vs ambition chart. The peer figures count as withheld when either is.
 */
export function toNowAmbitionData(subjects: GetCouncilPositionSubject[], groupKey: string): NowAmbitionDatum[] {
  const [nowKey, ambitionKey] = dimensionKeysOf(subjects);
  if (!nowKey || !ambitionKey) return [];
  return subjectsOn(subjects, nowKey).map((now) => {
    const ambition = subjects.find((s) => s.key === now.key && s.dimension.key === ambitionKey);
    const peersNow = now.comparisons.find((c) => c.peerGroup.key === groupKey);
    const peersAmbition = ambition?.comparisons.find((c) => c.peerGroup.key === groupKey);
    const withheldBy = [peersNow, peersAmbition].find((c) => !c || c.suppressed);
    const suppressed = withheldBy !== undefined || !peersNow || !peersAmbition;
    return {
      key: now.key,
      title: now.title,
      councilNow: now.councilScore,
      councilAmbition: ambition?.councilScore ?? null,
      peerNow: suppressed ? null : (peersNow?.median ?? null),
      peerAmbition: suppressed ? null : (peersAmbition?.median ?? null),
      suppressed,
      suppressionReason: suppressed
        ? (withheldBy?.suppressionReason ?? (withheldBy ? DEFAULT_WITHHELD_REASON : 'This peer group was not compared.'))
        : null,
      contributorsBand: suppressed ? WITHHELD_SYMBOL : (peersNow?.contributorsBand ?? WITHHELD_SYMBOL),
    };
  });
}
