import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FrameworkLabelsFragment } from '../generated/graphql';

/** A framework version as a view names it: its title and version, and its words for a section and an item. */
export const FRAMEWORK_LABELS: TypedDocumentNode<FrameworkLabelsFragment> = gql`
  fragment FrameworkLabels on Framework {
    key
    version
    title
    sectionLabel
    itemLabel
  }
`;
