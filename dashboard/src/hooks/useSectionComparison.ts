import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import type { SectionComparisonDatum } from '../charts/section-comparison/section-comparison.domain';
import { GET_SECTION_COMPARISON, type GetSectionComparisonQueryVariables, type GetSectionComparisonResult, type GetSectionComparisonRow } from '../graphql/queries/getSectionComparison';

/** The comparison with its rows already shaped for the chart. */
export type SectionComparison = Omit<GetSectionComparisonResult, 'rows'> & { data: SectionComparisonDatum[] };

/** What the page needs from the query: the comparison once it has arrived, whether it is on its way, and any error. */
export type UseSectionComparisonResult = {
  comparison: SectionComparison | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
};

/** Maps an API row to the chart's plain datum, so the chart never depends on the API's shape. */
export function toSectionComparisonDatum(row: GetSectionComparisonRow): SectionComparisonDatum {
  return {
    key: row.section.key,
    title: row.section.title,
    councilScore: row.councilScore,
    peerMedian: row.peerMedian,
    peerLowerQuartile: row.peerLowerQuartile,
    peerUpperQuartile: row.peerUpperQuartile,
    contributorsBand: row.contributorsBand,
    suppressed: row.suppressed,
    suppressionReason: row.suppressionReason,
  };
}

/** Runs GetSectionComparison for a choice (nothing, while there is no choice yet) and shapes the result for the page and chart. */
export function useSectionComparison(variables: GetSectionComparisonQueryVariables | null): UseSectionComparisonResult {
  const { data, loading, error } = useQuery(GET_SECTION_COMPARISON, variables ? { variables } : skipToken);
  const result = data?.sectionComparison;
  // Memoised on the cached result, so the chart sees the same array until the data really changes.
  const comparison = useMemo(
    () =>
      result
        ? {
            ...result,
            // In the framework's own section order: the API sends them so, and the chart must not rank.
            data: [...result.rows].sort((a, b) => a.section.position - b.section.position).map(toSectionComparisonDatum),
          }
        : undefined,
    [result],
  );
  return { comparison, loading, error };
}
