import { gql, type TypedDocumentNode } from '@apollo/client';

import type { InviteUserMutation, InviteUserMutationVariables } from '../generated/graphql';

/** Invites a user; the one-time invitation token comes back to pass on. */
export const INVITE_USER: TypedDocumentNode<InviteUserMutation, InviteUserMutationVariables> = gql`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitationToken
      user {
        id
        email
        role
        status
      }
    }
  }
`;
