import { gql, type TypedDocumentNode } from '@apollo/client';

import { COLLABORATION_GROUP_DETAILS } from '../fragments/collaborationGroupDetails';
import type { InviteCouncilsToGroupMutation, InviteCouncilsToGroupMutationVariables } from '../generated/graphql';

/** Adds councils to a collaboration group; each must then consent. */
export const INVITE_COUNCILS_TO_GROUP: TypedDocumentNode<InviteCouncilsToGroupMutation, InviteCouncilsToGroupMutationVariables> = gql`
  mutation InviteCouncilsToGroup($input: InviteCouncilsToGroupInput!) {
    inviteCouncilsToGroup(input: $input) {
      ...CollaborationGroupDetails
    }
  }
  ${COLLABORATION_GROUP_DETAILS}
`;
