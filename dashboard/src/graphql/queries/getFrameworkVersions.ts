import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetFrameworkVersionsQuery, GetFrameworkVersionsQueryVariables } from '../generated/graphql';

/** Every framework version, and every uploaded version file with whether it is published (administrators only). */
export const GET_FRAMEWORK_VERSIONS: TypedDocumentNode<GetFrameworkVersionsQuery, GetFrameworkVersionsQueryVariables> = gql`
  query GetFrameworkVersions {
    frameworks {
      id
      key
      version
      title
      kind
      itemCount
      sourceYear
    }
    frameworkUploads {
      id
      createdAt
      fileName
      key
      version
      title
      published
    }
  }
`;
