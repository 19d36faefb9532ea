import { gql, type TypedDocumentNode } from '@apollo/client';

import { PARTICIPANT_SESSION_FIELDS } from '../fragments/participantSessionFields';
import type {
  GetParticipantSessionQuery,
  GetParticipantSessionQueryVariables,
  ParticipantSessionFieldsFragment,
} from '../generated/graphql';

/** A session as a participant's device sees it. */
export type ParticipantSession = ParticipantSessionFieldsFragment;

/** A participant's view of a session, by the device's participant token (sent as X-Participant-Token). */
export const GET_PARTICIPANT_SESSION: TypedDocumentNode<GetParticipantSessionQuery, GetParticipantSessionQueryVariables> = gql`
  query GetParticipantSession($sessionId: ID!) {
    participantSession(sessionId: $sessionId) {
      ...ParticipantSessionFields
    }
  }
  ${PARTICIPANT_SESSION_FIELDS}
`;
