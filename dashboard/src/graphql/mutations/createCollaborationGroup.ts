import { gql, type TypedDocumentNode } from '@apollo/client';

import { COLLABORATION_GROUP_DETAILS } from '../fragments/collaborationGroupDetails';
import type { CreateCollaborationGroupMutation, CreateCollaborationGroupMutationVariables } from '../generated/graphql';

/** Creates a collaboration group; no member shares anything until its lead consents. */
export const CREATE_COLLABORATION_GROUP: TypedDocumentNode<CreateCollaborationGroupMutation, CreateCollaborationGroupMutationVariables> =
  gql`
    mutation CreateCollaborationGroup($input: CreateCollaborationGroupInput!) {
      createCollaborationGroup(input: $input) {
        ...CollaborationGroupDetails
      }
    }
    ${COLLABORATION_GROUP_DETAILS}
  `;
