import { gql, type TypedDocumentNode } from '@apollo/client';

import { FRAMEWORK_LABELS } from '../fragments/frameworkLabels';
import { PEER_GROUP_SUMMARY } from '../fragments/peerGroupSummary';
import { RATING_LEVEL_LABEL } from '../fragments/ratingLevelLabel';
import { SECTOR_CELL_FIGURES } from '../fragments/sectorCellFigures';
import type { GetSectorViewQuery, GetSectorViewQueryVariables } from '../generated/graphql';

/** Sections × peer groups for a framework, round and dimension. */
export type GetSectorViewResult = GetSectorViewQuery['sectorView'];

/** One section × peer group cell, after disclosure control; distribution (share at each level, lowest first) is null when withheld; changeFromPrevious is set where both rounds are shown. */
export type GetSectorViewCell = GetSectorViewResult['cells'][number];

/** Sector-wide patterns for PAS: every section against every fixed peer group, with change since the previous round. */
export const GET_SECTOR_VIEW: TypedDocumentNode<GetSectorViewQuery, GetSectorViewQueryVariables> = gql`
  query GetSectorView($frameworkKey: String!, $round: String!, $dimensionKey: String) {
    sectorView(frameworkKey: $frameworkKey, round: $round, dimensionKey: $dimensionKey) {
      framework {
        ...FrameworkLabels
      }
      dimension {
        key
        title
        levels {
          ...RatingLevelLabel
        }
      }
      round
      previousRound
      sections {
        key
        title
        position
      }
      peerGroups {
        ...PeerGroupSummary
      }
      cells {
        sectionKey
        peerGroupKey
        ...SectorCellFigures
        distribution
        changeFromPrevious
      }
      includesSynthetic
      caveats
    }
  }
  ${FRAMEWORK_LABELS}
  ${RATING_LEVEL_LABEL}
  ${PEER_GROUP_SUMMARY}
  ${SECTOR_CELL_FIGURES}
`;
