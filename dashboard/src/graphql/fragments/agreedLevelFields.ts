import { gql } from '@apollo/client';

/** A level agreed on one dimension, by the dimension's and level's keys and labels. */
export const AGREED_LEVEL_FIELDS = gql`
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
