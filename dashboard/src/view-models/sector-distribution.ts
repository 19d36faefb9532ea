/**
 * The sector view's distributions: for one section, each peer group's quartiles, contributors and
 * share of councils at each level of the scale, after the API's disclosure control. Pure, so the
 * table (and its CSV) is tested without a browser.
 */
import { reasonWithoutViewer } from '../format/withheld-without-viewer';
import type { TableColumn } from '../components/DataTable/table-columns';
import { DEFAULT_WITHHELD_REASON, WITHHELD_SYMBOL } from '../format/withheld';
import type { GetSectorViewCell } from '../graphql/queries/getSectorView';

import { formatScore } from './council-position';

/** One peer group's figures for the section; no cell means the API sent none for this pair. */
export type DistributionRow = { groupKey: string; groupName: string; cell: GetSectorViewCell | undefined };

/**
 * The API says why a whole cell is withheld but not why only its spread over levels is. The rule it
 * applies (DESIGN §4, group disclosure) is that a distribution where all, or all but one, of the
 * contributors share one level would reveal them.
 */
const LEVELS_WITHHELD =
  'The share at each level is withheld: it would show where individual councils stand, as nearly all of them share one level.';

/** The rows for one section, in the order of the groups given (the heatmap's columns). */
export function distributionRows(
  cells: GetSectorViewCell[],
  sectionKey: string,
  groups: { key: string; name: string }[],
): DistributionRow[] {
  return groups.map((g) => ({
    groupKey: g.key,
    groupName: g.name,
    cell: cells.find((c) => c.sectionKey === sectionKey && c.peerGroupKey === g.key),
  }));
}

const isWithheld = (r: DistributionRow): boolean => !r.cell || r.cell.suppressed;
const quartileText = (r: DistributionRow, value: number | null | undefined): string =>
  isWithheld(r) ? WITHHELD_SYMBOL : (formatScore(value) ?? 'Not available');
const levelsWithheld = (r: DistributionRow): boolean => isWithheld(r) || r.cell?.distribution == null;

/** Why anything in the row is withheld, or nothing. */
export function withheldText(r: DistributionRow): string {
  if (!r.cell) return 'This peer group was not compared.';
  // No council is viewing the sector view, so the reason counts councils, not "other" councils.
  if (r.cell.suppressed) return reasonWithoutViewer(r.cell.suppressionReason) ?? DEFAULT_WITHHELD_REASON;
  return r.cell.distribution == null ? LEVELS_WITHHELD : '';
}

/** Heading of the reasons column; also how the page finds it, to leave it out when nothing is withheld. */
export const WHY_WITHHELD = 'Why withheld';

/** The columns: the group, its quartiles and contributors, the share at each level of the scale (lowest first), and why anything is withheld. */
export function distributionColumns(levels: { label: string }[]): TableColumn<DistributionRow>[] {
  return [
    { heading: 'Peer group', text: (r) => r.groupName },
    { heading: 'Lower quartile', text: (r) => quartileText(r, r.cell?.lowerQuartile), numeric: true },
    { heading: 'Median', text: (r) => quartileText(r, r.cell?.median), numeric: true },
    { heading: 'Upper quartile', text: (r) => quartileText(r, r.cell?.upperQuartile), numeric: true },
    { heading: 'Councils contributing', text: (r) => (isWithheld(r) ? WITHHELD_SYMBOL : r.cell!.contributorsBand), numeric: true },
    ...levels.map((level, i): TableColumn<DistributionRow> => ({
      heading: `${level.label} (share)`,
      text: (r) => (levelsWithheld(r) ? WITHHELD_SYMBOL : `${r.cell!.distribution![i] ?? 0}%`),
      numeric: true,
    })),
    { heading: WHY_WITHHELD, text: withheldText },
  ];
}
