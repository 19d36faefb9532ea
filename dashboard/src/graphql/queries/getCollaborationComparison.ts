import { gql, type TypedDocumentNode } from '@apollo/client';

import { FRAMEWORK_LABELS } from '../fragments/frameworkLabels';
import { RATING_LEVEL_LABEL } from '../fragments/ratingLevelLabel';
import type { GetCollaborationComparisonQuery, GetCollaborationComparisonQueryVariables } from '../generated/graphql';

/** A group's agreed ratings side by side, sorted by where they differ most; councils are the members that consent. */
export type GetCollaborationComparisonResult = GetCollaborationComparisonQuery['collaborationComparison'];

/** One item on one dimension across the group's councils, identified: levels in the order of the councils, difference the highest minus lowest level position. */
export type GetCollaborationComparisonRow = GetCollaborationComparisonResult['rows'][number];

/** A consenting collaboration group's agreed ratings side by side, identified, where they differ most first. */
export const GET_COLLABORATION_COMPARISON: TypedDocumentNode<GetCollaborationComparisonQuery, GetCollaborationComparisonQueryVariables> =
  gql`
    query GetCollaborationComparison($groupId: ID!, $frameworkKey: String!, $round: String!) {
      collaborationComparison(groupId: $groupId, frameworkKey: $frameworkKey, round: $round) {
        groupName
        framework {
          ...FrameworkLabels
        }
        round
        councils {
          gssCode
          name
        }
        rows {
          item {
            key
            text
          }
          section {
            key
            title
          }
          dimension {
            key
            title
          }
          levels {
            ...RatingLevelLabel
          }
          difference
        }
      }
    }
    ${FRAMEWORK_LABELS}
    ${RATING_LEVEL_LABEL}
  `;
