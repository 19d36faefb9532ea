import { gql, type TypedDocumentNode } from '@apollo/client';

import { COUNCIL_NAMES } from '../fragments/councilNames';
import { FRAMEWORK_LABELS } from '../fragments/frameworkLabels';
import { PEER_COMPARISON_FIGURES } from '../fragments/peerComparisonFigures';
import { PEER_GROUP_SUMMARY } from '../fragments/peerGroupSummary';
import type { GetCouncilPositionQuery, GetCouncilPositionQueryVariables } from '../generated/graphql';

/** The council's position against up to five peer groups. */
export type GetCouncilPositionResult = GetCouncilPositionQuery['councilPosition'];

/** A section, theme or item on one dimension, with the council's score, coverage and spread; sectionKey is set for items. */
export type GetCouncilPositionSubject = GetCouncilPositionResult['subjects'][number];

/** One peer group's figures for a subject, after disclosure control; contributorsBand is "c" when suppressed. */
export type GetCouncilPositionComparison = GetCouncilPositionSubject['comparisons'][number];

/**
 * A council's scores for every section, theme or item (on every dimension) against up to five peer
 * groups, with its position in each; the API applies disclosure control before anything leaves it.
 * windowRounds above 1 takes each council's latest submission in that many rounds ending with round.
 */
export const GET_COUNCIL_POSITION: TypedDocumentNode<GetCouncilPositionQuery, GetCouncilPositionQueryVariables> = gql`
  query GetCouncilPosition(
    $councilGssCode: String!
    $frameworkKey: String!
    $round: String!
    $windowRounds: Int! = 1
    $peerGroupKeys: [String!]
    $scope: BenchmarkScope!
    $sectionKey: String
  ) {
    councilPosition(
      councilGssCode: $councilGssCode
      frameworkKey: $frameworkKey
      round: $round
      windowRounds: $windowRounds
      peerGroupKeys: $peerGroupKeys
      scope: $scope
      sectionKey: $sectionKey
    ) {
      council {
        ...CouncilNames
      }
      framework {
        ...FrameworkLabels
      }
      round
      rounds
      scope
      peerGroups {
        ...PeerGroupSummary
      }
      councilHasSubmitted
      includesSynthetic
      caveats
      subjects {
        key
        title
        sectionKey
        dimension {
          key
          title
        }
        councilScore
        answered
        total
        spread
        comparisons {
          peerGroup {
            ...PeerGroupSummary
          }
          ...PeerComparisonFigures
          position {
            band
            phrase
            madsFromMedian
          }
        }
      }
    }
  }
  ${COUNCIL_NAMES}
  ${FRAMEWORK_LABELS}
  ${PEER_GROUP_SUMMARY}
  ${PEER_COMPARISON_FIGURES}
`;
