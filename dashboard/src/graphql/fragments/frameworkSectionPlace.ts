import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FrameworkSectionPlaceFragment } from '../generated/graphql';

/** A section with its title and its place in the framework, for views that group items by section in order. */
export const FRAMEWORK_SECTION_PLACE: TypedDocumentNode<FrameworkSectionPlaceFragment> = gql`
  fragment FrameworkSectionPlace on FrameworkSection {
    key
    title
    position
  }
`;
