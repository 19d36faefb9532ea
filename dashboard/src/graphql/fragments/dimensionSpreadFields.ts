import { gql, type TypedDocumentNode } from '@apollo/client';

import type { DimensionSpreadFieldsFragment } from '../generated/graphql';

/** A revealed spread as every session view shows it: counts per level, the median and the roles shown by shape. */
export const DIMENSION_SPREAD_FIELDS: TypedDocumentNode<DimensionSpreadFieldsFragment> = gql`
  fragment DimensionSpreadFields on DimensionSpread {
    dimension {
      id
      key
      title
    }
    scored
    withheld
    reason
    median
    levels {
      level {
        id
        key
        label
        position
      }
      count
      byRole {
        role
        count
      }
    }
    shownRoles
    otherRolesCount
  }
`;
