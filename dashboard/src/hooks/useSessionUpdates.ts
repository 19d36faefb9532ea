import { skipToken, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import { onSocketConnected } from '../graphql/socket-events';
import { SESSION_CHANGED } from '../graphql/subscriptions/sessionChanged';

/**
 * Keeps a session page current: the subscription says that something changed and the page re-reads
 * its state with its query (refetch); on every (re)connection of the socket it re-reads too, since
 * changes made while a phone slept are not replayed. A repeated delivery of one change (the same
 * version twice) is read once; versions from two API processes may arrive out of order, so any
 * version not yet seen is read.
 */
export function useSessionUpdates(sessionId: string | null, refetch: () => Promise<unknown>): void {
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const seen = useRef(new Set<number>());
  // A failed re-read shows through the query's own error; it must not surface as an unhandled rejection.
  const reread = () => void refetchRef.current().catch(() => undefined);

  useSubscription(
    SESSION_CHANGED,
    sessionId
      ? {
          variables: { sessionId },
          onData: ({ data }) => {
            const version = data.data?.sessionChanged.version;
            if (version !== undefined) {
              if (seen.current.has(version)) return;
              seen.current.add(version);
            }
            reread();
          },
        }
      : skipToken,
  );

  useEffect(() => (sessionId ? onSocketConnected(reread) : undefined), [sessionId]);
}
