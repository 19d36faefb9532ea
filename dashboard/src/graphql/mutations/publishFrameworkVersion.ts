import { gql, type TypedDocumentNode } from '@apollo/client';

import type { PublishFrameworkVersionMutation, PublishFrameworkVersionMutationVariables } from '../generated/graphql';

/** Publishes an uploaded file as a new framework version; a published version never changes. */
export const PUBLISH_FRAMEWORK_VERSION: TypedDocumentNode<PublishFrameworkVersionMutation, PublishFrameworkVersionMutationVariables> = gql`
  mutation PublishFrameworkVersion($uploadId: ID!) {
    publishFrameworkVersion(uploadId: $uploadId) {
      id
      key
      version
      title
    }
  }
`;
