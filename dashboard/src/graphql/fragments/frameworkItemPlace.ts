import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FrameworkItemPlaceFragment } from '../generated/graphql';

/** An item with its wording and its place in its section, for views that list items in the framework's order. */
export const FRAMEWORK_ITEM_PLACE: TypedDocumentNode<FrameworkItemPlaceFragment> = gql`
  fragment FrameworkItemPlace on FrameworkItem {
    key
    text
    position
  }
`;
