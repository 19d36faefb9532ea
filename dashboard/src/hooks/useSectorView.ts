import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import type { GetSectorViewQueryVariables } from '../graphql/generated/graphql';
import type { HeatmapData } from '../charts/sector-heatmap/sector-heatmap.domain';
import { peerGroupInSentence, peerGroupName } from '../format/peer-group-words';
import { reasonWithoutViewer } from '../format/withheld-without-viewer';
import { GET_SECTOR_VIEW, type GetSectorViewResult } from '../graphql/queries/getSectorView';

/** The sector view as the API sent it, shaped for the heatmap. */
export type UseSectorViewResult = {
  sector: GetSectorViewResult | undefined;
  data: HeatmapData | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
};

/** Maps the API's sector view to the heatmap's plain data, sections in the framework's order. */
export function toHeatmapData(sector: GetSectorViewResult): HeatmapData {
  return {
    sections: [...sector.sections].sort((a, b) => a.position - b.position).map((s) => ({ key: s.key, title: s.title })),
    // Region columns are headed by the region alone: the switch above already says they are regions.
    // A group too small ever to be shown is left out (the page names it), rather than a column of "c".
    groups: sector.peerGroups
      .filter((g) => !g.alwaysWithheld)
      .map((g) => ({
        key: g.key,
        name: peerGroupName(g),
        shortName: g.kind === 'REGION' ? g.label : peerGroupName(g),
        inSentence: peerGroupInSentence(g),
        kind: g.kind,
      })),
    cells: sector.cells.map((c) => ({
      sectionKey: c.sectionKey,
      groupKey: c.peerGroupKey,
      suppressed: c.suppressed,
      suppressionReason: reasonWithoutViewer(c.suppressionReason),
      contributorsBand: c.contributorsBand,
      median: c.median,
      lowerQuartile: c.lowerQuartile,
      upperQuartile: c.upperQuartile,
      change: c.changeFromPrevious,
    })),
    round: sector.round,
    previousRound: sector.previousRound,
    sectionLabel: sector.framework.sectionLabel,
  };
}

/** Runs GetSectorView for these variables (nothing while there are none). */
export function useSectorView(variables: GetSectorViewQueryVariables | null): UseSectorViewResult {
  const { data, loading, error } = useQuery(GET_SECTOR_VIEW, variables ? { variables } : skipToken);
  const sector = data?.sectorView;
  const shaped = useMemo(() => (sector ? toHeatmapData(sector) : undefined), [sector]);
  return { sector, data: shaped, loading, error };
}
