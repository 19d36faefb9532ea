import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetFrameworksQuery, GetFrameworksQueryVariables, FrameworkKind } from '../generated/graphql';

export type { GetFrameworksQuery, GetFrameworksQueryVariables, FrameworkKind };

/** One framework version as the framework picker needs it. */
export type GetFrameworksFramework = GetFrameworksQuery['frameworks'][number];

/** A rating dimension as the dimension picker needs it. */
export type GetFrameworksDimension = GetFrameworksFramework['dimensions'][number];

/** The newest version of every framework, with its rating dimensions. */
export const GET_FRAMEWORKS: TypedDocumentNode<GetFrameworksQuery, GetFrameworksQueryVariables> = gql`
  query GetFrameworks {
    frameworks(latestOnly: true) {
      key
      version
      title
      kind
      sectionLabel
      dimensions {
        key
        title
        position
      }
    }
  }
`;
