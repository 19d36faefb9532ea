import { gql, type TypedDocumentNode } from '@apollo/client';

/** One row of the comparison: a section, the council's score and other councils' distribution. */
export type GetSectionComparisonRow = {
  section: { key: string; title: string; position: number };
  /** Null when the council did not assess the section. */
  councilScore: number | null;
  /** Null when suppressed. */
  peerMedian: number | null;
  peerLowerQuartile: number | null;
  peerUpperQuartile: number | null;
  /** A band such as "200+", or "c" when suppressed. */
  contributorsBand: string;
  suppressed: boolean;
  suppressionReason: string | null;
};

/** The comparison for one council, framework version, round and dimension. */
export type GetSectionComparisonResult = {
  council: { gssCode: string; name: string; officialName: string };
  framework: { key: string; version: string; title: string; sectionLabel: string };
  dimension: { key: string; title: string };
  round: string;
  peerGroup: string;
  councilIsSynthetic: boolean;
  includesSynthetic: boolean;
  councilHasSubmitted: boolean;
  rows: GetSectionComparisonRow[];
};

/** Result of GetSectionComparison. */
export type GetSectionComparisonQuery = { sectionComparison: GetSectionComparisonResult };

/** Variables of GetSectionComparison; a null dimension means the framework's first. */
export type GetSectionComparisonQueryVariables = {
  councilGssCode: string;
  frameworkKey: string;
  round: string;
  dimensionKey?: string | null;
};

/** A council's section scores beside other councils' quartiles, with disclosure control applied by the API. */
export const GET_SECTION_COMPARISON: TypedDocumentNode<GetSectionComparisonQuery, GetSectionComparisonQueryVariables> = gql`
  query GetSectionComparison($councilGssCode: String!, $frameworkKey: String!, $round: String!, $dimensionKey: String) {
    sectionComparison(councilGssCode: $councilGssCode, frameworkKey: $frameworkKey, round: $round, dimensionKey: $dimensionKey) {
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
      }
      dimension {
        key
        title
      }
      round
      peerGroup
      councilIsSynthetic
      includesSynthetic
      councilHasSubmitted
      rows {
        section {
          key
          title
          position
        }
        councilScore
        peerMedian
        peerLowerQuartile
        peerUpperQuartile
        contributorsBand
        suppressed
        suppressionReason
      }
    }
  }
`;
