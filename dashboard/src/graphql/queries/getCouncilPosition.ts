import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetPeerGroupsGroup } from './getPeerGroups';

/** Compare sections, cross-cutting themes or items. */
export type BenchmarkScope = 'SECTION' | 'THEME' | 'ITEM';

/** Which quarter of the peers' distribution the council's score falls in. */
export type QuartileBand = 'LOWEST_QUARTER' | 'LOWER_MIDDLE' | 'UPPER_MIDDLE' | 'HIGHEST_QUARTER';

/** Where the council sits against one peer group: read as "<phrase> the median of <group>". */
export type GetCouncilPositionPosition = { band: QuartileBand; phrase: string; madsFromMedian: number | null };

/** One peer group's figures for a subject, after disclosure control. */
export type GetCouncilPositionComparison = {
  peerGroup: GetPeerGroupsGroup;
  suppressed: boolean;
  suppressionReason: string | null;
  /** A band such as "50–99", or "c" when suppressed. */
  contributorsBand: string;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
  /** Null when the council has no score here or the figures are withheld. */
  position: GetCouncilPositionPosition | null;
};

/** A section, theme or item on one dimension, with the council's score, coverage and spread. */
export type GetCouncilPositionSubject = {
  key: string;
  title: string;
  /** For items, the section they belong to. */
  sectionKey: string | null;
  dimension: { key: string; title: string };
  councilScore: number | null;
  answered: number;
  total: number;
  spread: number | null;
  comparisons: GetCouncilPositionComparison[];
};

/** The council's position against up to five peer groups. */
export type GetCouncilPositionResult = {
  council: { gssCode: string; name: string; officialName: string };
  framework: { key: string; version: string; title: string; sectionLabel: string; itemLabel: string };
  round: string;
  rounds: string[];
  scope: BenchmarkScope;
  peerGroups: GetPeerGroupsGroup[];
  councilHasSubmitted: boolean;
  includesSynthetic: boolean;
  subjects: GetCouncilPositionSubject[];
  caveats: string[];
};

/** Result of GetCouncilPosition. */
export type GetCouncilPositionQuery = { councilPosition: GetCouncilPositionResult };

/** Variables of GetCouncilPosition; no peer group keys means the API's default set for the council. */
export type GetCouncilPositionQueryVariables = {
  councilGssCode: string;
  frameworkKey: string;
  round: string;
  peerGroupKeys?: string[] | null;
  scope: BenchmarkScope;
  sectionKey?: string | null;
};

/**
 * A council's scores for every section, theme or item (on every dimension) against up to five peer
 * groups, with its position in each; the API applies disclosure control before anything leaves it.
 */
export const GET_COUNCIL_POSITION: TypedDocumentNode<GetCouncilPositionQuery, GetCouncilPositionQueryVariables> = gql`
  query GetCouncilPosition($councilGssCode: String!, $frameworkKey: String!, $round: String!, $peerGroupKeys: [String!], $scope: BenchmarkScope!, $sectionKey: String) {
    councilPosition(councilGssCode: $councilGssCode, frameworkKey: $frameworkKey, round: $round, peerGroupKeys: $peerGroupKeys, scope: $scope, sectionKey: $sectionKey) {
      council {
        gssCode
        name
        officialName
      }
      framework {
        key
        version
        title
        sectionLabel
        itemLabel
      }
      round
      rounds
      scope
      peerGroups {
        key
        label
        kind
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
            key
            label
            kind
          }
          suppressed
          suppressionReason
          contributorsBand
          median
          lowerQuartile
          upperQuartile
          position {
            band
            phrase
            madsFromMedian
          }
        }
      }
    }
  }
`;
