import { gql, type TypedDocumentNode } from '@apollo/client';

import type { PeerComparisonFiguresFragment } from '../generated/graphql';

/** One peer group's figures for a subject, as disclosure control lets them out: withheld (suppressed, with the reason and contributorsBand "c") or the median and quartiles with the banded count. */
export const PEER_COMPARISON_FIGURES: TypedDocumentNode<PeerComparisonFiguresFragment> = gql`
  fragment PeerComparisonFigures on PeerComparison {
    suppressed
    suppressionReason
    contributorsBand
    median
    lowerQuartile
    upperQuartile
  }
`;
