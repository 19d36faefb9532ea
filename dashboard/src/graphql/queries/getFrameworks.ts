import { gql, type TypedDocumentNode } from '@apollo/client';

/** Whether a framework is rated (and so can be benchmarked) or a plan template. */
export type FrameworkKind = 'RATING' | 'PLAN';

/** A rating dimension as the dimension picker needs it. */
export type GetFrameworksDimension = {
  key: string;
  title: string;
  position: number;
};

/** One framework version as the framework picker needs it. */
export type GetFrameworksFramework = {
  key: string;
  version: string;
  title: string;
  kind: FrameworkKind;
  sectionLabel: string;
  dimensions: GetFrameworksDimension[];
};

/** Result of GetFrameworks. */
export type GetFrameworksQuery = { frameworks: GetFrameworksFramework[] };

/** GetFrameworks takes no variables. */
export type GetFrameworksQueryVariables = Record<string, never>;

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
