import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

import { needsSignIn } from './graphql/errors';
import { getParticipantToken, PARTICIPANT_TOKEN_HEADER } from './graphql/participant-token';
import { notifySocketConnected } from './graphql/socket-events';

/** Options of createApolloClient. */
export type ApolloClientOptions = {
  uri?: string;
  /** Called when any operation is refused because no one is signed in, e.g. to go to the sign-in page. */
  onSignInRequired?: () => void;
};

/** The longest wait between two attempts to reconnect the subscriptions socket. */
const MAX_RETRY_WAIT_MS = 5000;

/** The subscriptions socket's address: the same origin and path as HTTP, over ws: or wss:. */
function webSocketUrl(uri: string): string {
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * Subscriptions over WebSocket (graphql-ws). It connects only while a page subscribes, and keeps
 * retrying for as long as one does: a phone that slept or lost its signal reconnects by itself, and
 * every (re)connection is announced so the page re-reads its state. The upgrade request carries
 * the session cookie (the facilitator); a participant's token goes in connectionParams, read at
 * each connection.
 */
function subscriptionsLink(uri: string): GraphQLWsLink {
  return new GraphQLWsLink(
    createClient({
      url: webSocketUrl(uri),
      lazy: true,
      connectionParams: () => {
        const participantToken = getParticipantToken();
        return participantToken ? { participantToken } : {};
      },
      retryAttempts: Infinity,
      shouldRetry: () => true,
      // Exponential, but capped: someone waiting in a meeting room should not wait half a minute.
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 500 * 2 ** retries))),
      on: { connected: () => notifySocketConnected() },
    }),
  );
}

/** Adds the device's participant token, when it has one, to each HTTP request. */
const participantTokenLink = new ApolloLink((operation, forward) => {
  const token = getParticipantToken();
  if (token)
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, [PARTICIPANT_TOKEN_HEADER]: token },
    }));
  return forward(operation);
});

/**
 * The dashboard's Apollo Client: /graphql on the same origin (the API serves the built dashboard,
 * and Vite's dev server proxies it), so the browser sends the HttpOnly session cookie with every
 * request without any script seeing it. Subscriptions go over a WebSocket on the same path, the
 * rest over HTTP. Councils and framework versions have natural keys rather than ids, so the cache
 * is told what they are and can share them between queries.
 */
export function createApolloClient({ uri = '/graphql', onSignInRequired }: ApolloClientOptions = {}): ApolloClient {
  // One place notices an ended session, whichever page's query meets it first.
  const signInLink = new ErrorLink(({ error }) => {
    if (onSignInRequired && needsSignIn(error)) onSignInRequired();
  });
  const http = ApolloLink.from([participantTokenLink, new HttpLink({ uri, credentials: 'same-origin' })]);
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    subscriptionsLink(uri),
    http,
  );
  return new ApolloClient({
    link: ApolloLink.from([signInLink, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Council: { keyFields: ['gssCode'] },
        Framework: { keyFields: ['key', 'version'] },
      },
    }),
  });
}
