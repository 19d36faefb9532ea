import { gql, type TypedDocumentNode } from '@apollo/client';

import type { UploadFrameworkVersionMutation, UploadFrameworkVersionMutationVariables } from '../generated/graphql';

/** Checks a framework version file and keeps it for preview, or refuses it with the file name, path and problem. */
export const UPLOAD_FRAMEWORK_VERSION: TypedDocumentNode<UploadFrameworkVersionMutation, UploadFrameworkVersionMutationVariables> = gql`
  mutation UploadFrameworkVersion($input: UploadFrameworkVersionInput!) {
    uploadFrameworkVersion(input: $input) {
      ... on FrameworkUpload {
        id
        key
        version
      }
      ... on FrameworkFileRejected {
        fileName
        problems {
          path
          message
        }
      }
    }
  }
`;
