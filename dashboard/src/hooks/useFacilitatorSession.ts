import type { ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';

import { AGREE_STATEMENT } from '../graphql/mutations/agreeStatement';
import { CLOSE_JOINING } from '../graphql/mutations/closeJoining';
import { END_SESSION } from '../graphql/mutations/endSession';
import { OPEN_STATEMENT } from '../graphql/mutations/openStatement';
import { REOPEN_JOINING } from '../graphql/mutations/reopenJoining';
import { REVEAL_VOTES } from '../graphql/mutations/revealVotes';
import { SKIP_STATEMENT } from '../graphql/mutations/skipStatement';
import { START_REVOTE } from '../graphql/mutations/startRevote';
import type { DimensionLevelInput } from '../graphql/generated/graphql';
import { type FacilitatorSession, GET_FACILITATOR_SESSION } from '../graphql/queries/getFacilitatorSession';

import { useSessionUpdates } from './useSessionUpdates';

/** What the facilitator records for the statement on screen. */
export type AgreeInput = { itemKey: string; levels: DimensionLevelInput[]; note: string | null; evidence: string[] };

/** The facilitator's actions; each resolves with the session as it now stands, or rejects with the API's error. */
export type FacilitatorActions = {
  openStatement: (itemKey: string) => Promise<void>;
  reveal: () => Promise<void>;
  revote: () => Promise<void>;
  agree: (input: AgreeInput) => Promise<void>;
  skip: (itemKey: string) => Promise<void>;
  closeJoining: () => Promise<void>;
  reopenJoining: () => Promise<void>;
  end: () => Promise<void>;
};

/** The session as its facilitator sees it, whether it is loading, any error, and the actions. */
export type UseFacilitatorSessionResult = {
  session: FacilitatorSession | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
  actions: FacilitatorActions;
};

/**
 * The facilitator's view of a session, kept live by its subscription. Every action returns the
 * whole view, which is written over the query's result at once, so the page never waits for the
 * event of its own change.
 */
export function useFacilitatorSession(sessionId: string): UseFacilitatorSessionResult {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(GET_FACILITATOR_SESSION, {
    variables: { sessionId },
    notifyOnNetworkStatusChange: false,
  });
  useSessionUpdates(sessionId, refetch);

  const store = useCallback(
    (view: FacilitatorSession | undefined) => {
      if (view) client.cache.writeQuery({ query: GET_FACILITATOR_SESSION, variables: { sessionId }, data: { facilitatorSession: view } });
    },
    [client, sessionId],
  );
  const [openStatement] = useMutation(OPEN_STATEMENT);
  const [reveal] = useMutation(REVEAL_VOTES);
  const [revote] = useMutation(START_REVOTE);
  const [agree] = useMutation(AGREE_STATEMENT);
  const [skip] = useMutation(SKIP_STATEMENT);
  const [closeJoining] = useMutation(CLOSE_JOINING);
  const [reopenJoining] = useMutation(REOPEN_JOINING);
  const [end] = useMutation(END_SESSION);

  const actions = useMemo<FacilitatorActions>(
    () => ({
      openStatement: async (itemKey) => store((await openStatement({ variables: { sessionId, itemKey } })).data?.openStatement),
      reveal: async () => store((await reveal({ variables: { sessionId } })).data?.revealVotes),
      revote: async () => store((await revote({ variables: { sessionId } })).data?.startRevote),
      agree: async ({ itemKey, levels, note, evidence }) =>
        store((await agree({ variables: { input: { sessionId, itemKey, levels, note, evidence } } })).data?.agreeStatement),
      skip: async (itemKey) => store((await skip({ variables: { sessionId, itemKey } })).data?.skipStatement),
      closeJoining: async () => store((await closeJoining({ variables: { sessionId } })).data?.closeJoining),
      reopenJoining: async () => store((await reopenJoining({ variables: { sessionId } })).data?.reopenJoining),
      end: async () => store((await end({ variables: { sessionId } })).data?.endSession),
    }),
    [sessionId, store, openStatement, reveal, revote, agree, skip, closeJoining, reopenJoining, end],
  );

  return { session: data?.facilitatorSession, loading, error, actions };
}
