import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetDimensionMatrixQuery, GetDimensionMatrixQueryVariables } from '../generated/graphql';

export type { GetDimensionMatrixQuery, GetDimensionMatrixQueryVariables };

/** The matrix for one council and round. */
export type GetDimensionMatrixResult = GetDimensionMatrixQuery['dimensionMatrix'];

/** A rating dimension with its scale, lowest level first. */
export type GetDimensionMatrixDimension = GetDimensionMatrixResult['rowDimension'];

/** One level of a rating scale. */
export type GetDimensionMatrixLevel = GetDimensionMatrixDimension['levels'][number];

/** One of the council's items and its level on each of the two dimensions; actFirst marks the lowest level on both. */
export type GetDimensionMatrixItem = GetDimensionMatrixResult['items'][number];

/** One cell: how many of the council's items fall in it, and other councils' share (null when withheld). */
export type GetDimensionMatrixCell = GetDimensionMatrixResult['cells'][number];

/** Two dimensions as a matrix (e.g. breakthrough progress × plan coverage) for a council, with peers' share per cell. */
export const GET_DIMENSION_MATRIX: TypedDocumentNode<GetDimensionMatrixQuery, GetDimensionMatrixQueryVariables> = gql`
  query GetDimensionMatrix(
    $councilGssCode: String!
    $frameworkKey: String!
    $round: String!
    $rowDimensionKey: String
    $columnDimensionKey: String
  ) {
    dimensionMatrix(
      councilGssCode: $councilGssCode
      frameworkKey: $frameworkKey
      round: $round
      rowDimensionKey: $rowDimensionKey
      columnDimensionKey: $columnDimensionKey
    ) {
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
