import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetPeerGroupsGroup } from './getPeerGroups';

/** One section × peer group cell, after disclosure control. */
export type GetSectorViewCell = {
  sectionKey: string;
  peerGroupKey: string;
  suppressed: boolean;
  suppressionReason: string | null;
  contributorsBand: string;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
  /** Median now minus the median in the previous round, where both are shown. */
  changeFromPrevious: number | null;
};

/** Sections × peer groups for a framework, round and dimension. */
export type GetSectorViewResult = {
  framework: { key: string; version: string; title: string; sectionLabel: string };
  dimension: { key: string; title: string };
  round: string;
  previousRound: string | null;
  sections: { key: string; title: string; position: number }[];
  peerGroups: GetPeerGroupsGroup[];
  cells: GetSectorViewCell[];
  includesSynthetic: boolean;
  caveats: string[];
};

/** Result of GetSectorView. */
export type GetSectorViewQuery = { sectorView: GetSectorViewResult };

/** Variables of GetSectorView; a null dimension means the framework's first. */
export type GetSectorViewQueryVariables = { frameworkKey: string; round: string; dimensionKey?: string | null };

/** Sector-wide patterns for PAS: every section against every fixed peer group, with change since the previous round. */
export const GET_SECTOR_VIEW: TypedDocumentNode<GetSectorViewQuery, GetSectorViewQueryVariables> = gql`
  query GetSectorView($frameworkKey: String!, $round: String!, $dimensionKey: String) {
    sectorView(frameworkKey: $frameworkKey, round: $round, dimensionKey: $dimensionKey) {
      framework {
        key
        version
        title
        sectionLabel
      }
      dimension {
        key
        title
      }
      round
      previousRound
      sections {
        key
        title
        position
      }
      peerGroups {
        key
        label
        kind
      }
      cells {
        sectionKey
        peerGroupKey
        suppressed
        suppressionReason
        contributorsBand
        median
        lowerQuartile
        upperQuartile
        changeFromPrevious
      }
      includesSynthetic
      caveats
    }
  }
`;
