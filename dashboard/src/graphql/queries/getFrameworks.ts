import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetFrameworksQuery, GetFrameworksQueryVariables } from '../generated/graphql';

/** One framework version as the framework picker needs it. */
export type GetFrameworksFramework = GetFrameworksQuery['frameworks'][number];

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
