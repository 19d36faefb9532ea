import { gql, type TypedDocumentNode } from '@apollo/client';

import type { RatingLevelLabelFragment } from '../generated/graphql';

/** One level of a rating scale, with its place on the scale (lowest first). */
export const RATING_LEVEL_LABEL: TypedDocumentNode<RatingLevelLabelFragment> = gql`
  fragment RatingLevelLabel on RatingLevel {
    key
    label
    position
  }
`;
