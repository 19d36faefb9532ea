import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import { GET_PRESENTER_SESSION, type PresenterSession } from '../graphql/queries/getPresenterSession';

import { useSessionUpdates } from './useSessionUpdates';

/** The projector's view of a session once loaded, whether it is loading, and any error. */
export type UsePresenterSessionResult = { session: PresenterSession | undefined; loading: boolean; error: ErrorLike | undefined };

/** The projector's view of a session, kept live by its subscription. */
export function usePresenterSession(sessionId: string): UsePresenterSessionResult {
  const { data, loading, error, refetch } = useQuery(GET_PRESENTER_SESSION, { variables: { sessionId } });
  useSessionUpdates(sessionId, refetch);
  return { session: data?.presenterSession, loading, error };
}
