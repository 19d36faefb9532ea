import { gql, type TypedDocumentNode } from '@apollo/client';

import type { SectorCellFiguresFragment } from '../generated/graphql';

/** A sector view cell's figures, as disclosure control lets them out: the same fields, and the same rules, as PeerComparisonFigures. */
export const SECTOR_CELL_FIGURES: TypedDocumentNode<SectorCellFiguresFragment> = gql`
  fragment SectorCellFigures on SectorCell {
    suppressed
    suppressionReason
    contributorsBand
    median
    lowerQuartile
    upperQuartile
  }
`;
