/**
 * The collaboration view's table: the group's councils side by side (one column each, identified),
 * one row per item and dimension in the API's order (where they differ most first), and the
 * difference in levels. Pure, so the table and its CSV are tested without React.
 */
import type { TableColumn } from '../components/DataTable/table-columns';
import type { GetCollaborationComparisonResult, GetCollaborationComparisonRow } from '../graphql/queries/getCollaborationComparison';

/** A level as shown: the label, or "Not rated". */
export const levelLabel = (level: GetCollaborationComparisonRow['levels'][number]): string => level?.label ?? 'Not rated';

/** The difference as shown: "2 levels", "1 level", "Same", or "Not compared" when fewer than two rated it. */
export function differenceText(row: GetCollaborationComparisonRow): string {
  const rated = row.levels.filter((l) => l !== null).length;
  if (rated < 2) return 'Not compared';
  if (row.difference === 0) return 'Same';
  return `${row.difference} ${row.difference === 1 ? 'level' : 'levels'}`;
}

/** Options for the columns: the viewer's council, to mark its column, and whether to show the dimension. */
export type CollaborationColumnOptions = { ownGssCode: string | null; showDimension: boolean };

/** The columns: the item, its section, (the dimension), each council, then the difference. */
export function collaborationColumns(
  comparison: Pick<GetCollaborationComparisonResult, 'framework' | 'councils'>,
  { ownGssCode, showDimension }: CollaborationColumnOptions,
): TableColumn<GetCollaborationComparisonRow>[] {
  return [
    { heading: comparison.framework.itemLabel, text: (r) => r.item.text },
    { heading: comparison.framework.sectionLabel, text: (r) => r.section.title },
    ...(showDimension ? [{ heading: 'Rated on', text: (r: GetCollaborationComparisonRow) => r.dimension.title }] : []),
    ...comparison.councils.map((c, index) => ({
      heading: c.gssCode === ownGssCode ? `${c.name} (your council)` : c.name,
      text: (r: GetCollaborationComparisonRow) => levelLabel(r.levels[index] ?? null),
    })),
    { heading: 'Difference', text: differenceText },
  ];
}

/** How many rows the councils rated differently. */
export const countDiffering = (rows: GetCollaborationComparisonRow[]): number => rows.filter((r) => r.difference > 0).length;
