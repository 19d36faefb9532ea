import type { ErrorLike } from '@apollo/client';
import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';

import { getErrorMessages } from '../graphql/errors';
import type { DimensionLevelInput, ParticipantRole } from '../graphql/generated/graphql';
import { CAST_VOTE } from '../graphql/mutations/castVote';
import { JOIN_SESSION } from '../graphql/mutations/joinSession';
import { setParticipantToken } from '../graphql/participant-token';
import { GET_PARTICIPANT_SESSION, type ParticipantSession } from '../graphql/queries/getParticipantSession';
import { normaliseJoinCode } from '../view-models/session-words';
import { forgetParticipant, loadParticipant, saveParticipant, type StoredParticipant } from '../device/participant-device';

import { useSessionUpdates } from './useSessionUpdates';

/** The API's reasons that mean this device's token is no good for the session: join again. */
const TOKEN_REFUSED = ['PARTICIPANT_TOKEN_INVALID', 'PARTICIPANT_NOT_IN_SESSION', 'SESSION_NOT_FOUND'];

/** A participant's session on this device, and what they can do. */
export type UseParticipantSessionResult = {
  /** Whether this device has joined (with this code); false shows the join form. */
  joined: boolean;
  session: ParticipantSession | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
  /** A stored token the API no longer accepts was forgotten: the reason, to explain the join form. */
  forgottenReason: string | null;
  /** Joins with the code as the role; resolves with the code joined, rejects with the API's error. */
  join: (code: string, role: ParticipantRole) => Promise<string>;
  /** Scores a statement; rejects with the API's error (e.g. after the reveal). */
  vote: (itemKey: string, levels: DimensionLevelInput[]) => Promise<void>;
};

/**
 * The participant's side of a session for the join code in the address. The token the API gives on
 * joining is kept on the device (localStorage, by code), so a reload, a sleeping phone or a later
 * visit resumes as the same participant with its score kept. The view is kept live by the
 * subscription and re-read on every reconnection.
 */
export function useParticipantSession(code: string | null): UseParticipantSessionResult {
  const client = useApolloClient();
  const [participant, setParticipant] = useState<StoredParticipant | null>(() => (code ? loadParticipant(code) : null));
  const [forgottenReason, setForgottenReason] = useState<string | null>(null);

  // A new code in the address (typed, or another link) is another session.
  useEffect(() => {
    setParticipant(code ? loadParticipant(code) : null);
  }, [code]);
  // The client sends the token with every request and connection while this page is open.
  if (participant) setParticipantToken(participant.token);
  useEffect(() => {
    setParticipantToken(participant?.token ?? null);
    return () => setParticipantToken(null);
  }, [participant]);

  const sessionId = participant?.sessionId ?? null;
  const { data, loading, error, refetch } = useQuery(GET_PARTICIPANT_SESSION, sessionId ? { variables: { sessionId } } : skipToken);
  useSessionUpdates(sessionId, refetch);

  // The API no longer knows this device's token (or the session): forget it, and offer to join again.
  useEffect(() => {
    if (!error || !code) return;
    const refused = getErrorMessages(error).find((m) => m.reason && TOKEN_REFUSED.includes(m.reason));
    if (refused) {
      forgetParticipant(code);
      setForgottenReason(refused.message);
      setParticipant(null);
    }
  }, [error, code]);

  const [joinMutation] = useMutation(JOIN_SESSION);
  const [voteMutation] = useMutation(CAST_VOTE);

  const join = useCallback(
    async (typed: string, role: ParticipantRole): Promise<string> => {
      const joinCode = normaliseJoinCode(typed);
      setParticipantToken(null);
      const { data: joined } = await joinMutation({ variables: { input: { joinCode, role } } });
      if (!joined) throw new Error('The API did not confirm that you joined.');
      const { participantToken, session } = joined.joinSession;
      const stored = { token: participantToken, sessionId: session.sessionId };
      saveParticipant(joinCode, stored);
      setParticipantToken(participantToken);
      client.cache.writeQuery({
        query: GET_PARTICIPANT_SESSION,
        variables: { sessionId: session.sessionId },
        data: { participantSession: session },
      });
      setForgottenReason(null);
      setParticipant(stored);
      return joinCode;
    },
    [client, joinMutation],
  );

  const vote = useCallback(
    async (itemKey: string, levels: DimensionLevelInput[]) => {
      if (!sessionId) throw new Error('Join the session first.');
      let voted;
      try {
        ({ data: voted } = await voteMutation({ variables: { input: { sessionId, itemKey, levels } } }));
      } catch (error) {
        // Refused (e.g. the scores were revealed meanwhile): show the session as it now stands, beside the API's message.
        void refetch().catch(() => undefined);
        throw error;
      }
      if (voted)
        client.cache.writeQuery({ query: GET_PARTICIPANT_SESSION, variables: { sessionId }, data: { participantSession: voted.castVote } });
    },
    [client, sessionId, voteMutation, refetch],
  );

  return { joined: participant !== null, session: data?.participantSession, loading, error, forgottenReason, join, vote };
}
