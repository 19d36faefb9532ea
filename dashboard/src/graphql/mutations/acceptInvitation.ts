import { gql, type TypedDocumentNode } from '@apollo/client';

import type { AcceptInvitationMutation, AcceptInvitationMutationVariables } from '../generated/graphql';

/**
 * Sets an invited person's password with the invitation's token. Refused with BAD_USER_INPUT:
 * reason PASSWORD_TOO_COMMON, INVITATION_INVALID (used or expired), or a password of the wrong length.
 */
export const ACCEPT_INVITATION: TypedDocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables> = gql`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      email
    }
  }
`;
