import { gql, type TypedDocumentNode } from '@apollo/client';

import { PARTICIPANT_SESSION_FIELDS } from '../fragments/participantSessionFields';
import type { JoinSessionMutation, JoinSessionMutationVariables } from '../generated/graphql';

/** Joins a session with its code as a role, without an account; the token returned is kept on the device. */
export const JOIN_SESSION: TypedDocumentNode<JoinSessionMutation, JoinSessionMutationVariables> = gql`
  mutation JoinSession($input: JoinSessionInput!) {
    joinSession(input: $input) {
      participantToken
      session {
        ...ParticipantSessionFields
      }
    }
  }
  ${PARTICIPANT_SESSION_FIELDS}
`;
