import { gql, type TypedDocumentNode } from '@apollo/client';

import { FRAMEWORK_ITEM_PLACE } from '../fragments/frameworkItemPlace';
import { FRAMEWORK_SECTION_PLACE } from '../fragments/frameworkSectionPlace';
import { COUNCIL_NAMES } from '../fragments/councilNames';
import { FRAMEWORK_LABELS } from '../fragments/frameworkLabels';
import { RATING_LEVEL_LABEL } from '../fragments/ratingLevelLabel';
import type { GetDimensionMatrixQuery, GetDimensionMatrixQueryVariables } from '../generated/graphql';

/** The matrix for one council and round. */
export type GetDimensionMatrixResult = GetDimensionMatrixQuery['dimensionMatrix'];

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
        ...CouncilNames
      }
      framework {
        ...FrameworkLabels
      }
      round
      rowDimension {
        key
        title
        levels {
          ...RatingLevelLabel
        }
      }
      columnDimension {
        key
        title
        levels {
          ...RatingLevelLabel
        }
      }
      items {
        item {
          ...FrameworkItemPlace
        }
        section {
          ...FrameworkSectionPlace
        }
        rowLevel {
          ...RatingLevelLabel
        }
        columnLevel {
          ...RatingLevelLabel
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
  ${COUNCIL_NAMES}
  ${FRAMEWORK_LABELS}
  ${RATING_LEVEL_LABEL}
  ${FRAMEWORK_ITEM_PLACE}
  ${FRAMEWORK_SECTION_PLACE}
`;
