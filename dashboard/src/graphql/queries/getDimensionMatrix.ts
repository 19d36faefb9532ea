import { gql, type TypedDocumentNode } from '@apollo/client';

/** One level of a rating scale. */
export type GetDimensionMatrixLevel = { key: string; label: string; position: number };

/** A rating dimension with its scale, lowest level first. */
export type GetDimensionMatrixDimension = { key: string; title: string; levels: GetDimensionMatrixLevel[] };

/** One of the council's items and its level on each of the two dimensions. */
export type GetDimensionMatrixItem = {
  item: { key: string; text: string; position: number };
  section: { key: string; title: string; position: number };
  rowLevel: GetDimensionMatrixLevel | null;
  columnLevel: GetDimensionMatrixLevel | null;
  /** Lowest level on both dimensions: act on these first. */
  actFirst: boolean;
};

/** One cell: how many of the council's items fall in it, and other councils' share (null when withheld). */
export type GetDimensionMatrixCell = {
  rowLevel: { key: string };
  columnLevel: { key: string };
  councilItems: number;
  peerShare: number | null;
};

/** The matrix for one council and round. */
export type GetDimensionMatrixResult = {
  council: { gssCode: string; name: string; officialName: string };
  framework: { key: string; version: string; title: string; sectionLabel: string; itemLabel: string };
  round: string;
  rowDimension: GetDimensionMatrixDimension;
  columnDimension: GetDimensionMatrixDimension;
  items: GetDimensionMatrixItem[];
  cells: GetDimensionMatrixCell[];
  peersSuppressed: boolean;
  peersSuppressionReason: string | null;
  peersBand: string;
  includesSynthetic: boolean;
  caveats: string[];
};

/** Result of GetDimensionMatrix. */
export type GetDimensionMatrixQuery = { dimensionMatrix: GetDimensionMatrixResult };

/** Variables of GetDimensionMatrix; no dimension keys means the framework's first two. */
export type GetDimensionMatrixQueryVariables = {
  councilGssCode: string;
  frameworkKey: string;
  round: string;
  rowDimensionKey?: string | null;
  columnDimensionKey?: string | null;
};

/** Two dimensions as a matrix (e.g. breakthrough progress × plan coverage) for a council, with peers' share per cell. */
export const GET_DIMENSION_MATRIX: TypedDocumentNode<GetDimensionMatrixQuery, GetDimensionMatrixQueryVariables> = gql`
  query GetDimensionMatrix($councilGssCode: String!, $frameworkKey: String!, $round: String!, $rowDimensionKey: String, $columnDimensionKey: String) {
    dimensionMatrix(councilGssCode: $councilGssCode, frameworkKey: $frameworkKey, round: $round, rowDimensionKey: $rowDimensionKey, columnDimensionKey: $columnDimensionKey) {
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
      rowDimension {
        key
        title
        levels {
          key
          label
          position
        }
      }
      columnDimension {
        key
        title
        levels {
          key
          label
          position
        }
      }
      items {
        item {
          key
          text
          position
        }
        section {
          key
          title
          position
        }
        rowLevel {
          key
          label
          position
        }
        columnLevel {
          key
          label
          position
        }
        actFirst
      }
      cells {
        rowLevel {
          key
        }
        columnLevel {
          key
        }
        councilItems
        peerShare
      }
      peersSuppressed
      peersSuppressionReason
      peersBand
      includesSynthetic
      caveats
    }
  }
`;
