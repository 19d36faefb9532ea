import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetFrameworkUploadPreviewQuery, GetFrameworkUploadPreviewQueryVariables } from '../generated/graphql';

/** What publishing an uploaded framework file would create (administrators only). */
export const GET_FRAMEWORK_UPLOAD_PREVIEW: TypedDocumentNode<GetFrameworkUploadPreviewQuery, GetFrameworkUploadPreviewQueryVariables> = gql`
  query GetFrameworkUploadPreview($uploadId: ID!) {
    frameworkUploadPreview(uploadId: $uploadId) {
      upload {
        id
        fileName
        key
        version
        title
        published
      }
      kind
      summary
      provenance
      itemCount
      published
      latestPublishedVersion
      sections {
        key
        title
        items
      }
      dimensions {
        title
        levels
      }
    }
  }
`;
