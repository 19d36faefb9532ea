import { gql, type TypedDocumentNode } from '@apollo/client';

import type { AgreedLevelFieldsFragment } from '../generated/graphql';

/** A level agreed on one dimension, by the dimension's and level's keys and labels. */
export const AGREED_LEVEL_FIELDS: TypedDocumentNode<AgreedLevelFieldsFragment> = gql`
  fragment AgreedLevelFields on AgreedLevel {
    dimension {
      id
      key
      title
    }
    level {
      id
      key
      label
      position
    }
  }
`;
