import { skipToken, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import { onSocketConnected } from '../graphql/socket-events';
import { SESSION_CHANGED } from '../graphql/subscriptions/sessionChanged';

/** The first and longest waits between re-reads while a new connection's subscription is not yet known to be listening. */
const CHECK_FIRST_MS = 1000;
const CHECK_MAX_MS = 15000;

/**
 * Keeps a session page current: the subscription says that something changed and the page re-reads
 * its state with its query (refetch). On every (re)connection of the socket it re-reads too, since
 * changes made while a phone slept are not replayed, and again when the page becomes visible or the
 * browser comes back online.
 *
 * graphql-ws does not acknowledge a subscription, so a change made just after a (re)connection,
 * before the server has started listening for this page, could be missed. Until the first event
 * arrives on a connection the page therefore re-reads now and then, less and less often; the
 * first event proves the subscription is live and stops it. A repeated delivery of one change (the
 * same version twice) is read once; versions from two API processes may arrive out of order, so
 * any version not yet seen is read.
 */
export function useSessionUpdates(sessionId: string | null, refetch: () => Promise<unknown>): void {
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const seen = useRef(new Set<number>());
  const heard = useRef(false);

  useSubscription(
    SESSION_CHANGED,
    sessionId
      ? {
          variables: { sessionId },
          onData: ({ data }) => {
            heard.current = true;
            const version = data.data?.sessionChanged.version;
            if (version !== undefined) {
              if (seen.current.has(version)) return;
              seen.current.add(version);
            }
            // A failed re-read shows through the query's own error; it must not surface as an unhandled rejection.
            void refetchRef.current().catch(() => undefined);
          },
        }
      : skipToken,
  );

  useEffect(() => {
    if (!sessionId) return undefined;
    const reread = () => void refetchRef.current().catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const checkUntilHeard = (wait: number) => {
      timer = setTimeout(() => {
        if (heard.current) return;
        reread();
        checkUntilHeard(Math.min(CHECK_MAX_MS, wait * 2));
      }, wait);
    };
    const stopListening = onSocketConnected(() => {
      heard.current = false;
      clearTimeout(timer);
      reread();
      checkUntilHeard(CHECK_FIRST_MS);
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') reread();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', reread);
    return () => {
      stopListening();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', reread);
    };
  }, [sessionId]);
}
