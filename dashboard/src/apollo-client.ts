import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

import { needsSignIn } from './graphql/errors';

/** Options of createApolloClient. */
export type ApolloClientOptions = {
  uri?: string;
  /** Called when any operation is refused because no one is signed in, e.g. to go to the sign-in page. */
  onSignInRequired?: () => void;
};

/**
 * The dashboard's Apollo Client: /graphql on the same origin (the API serves the built dashboard,
 * and Vite's dev server proxies it), so the browser sends the HttpOnly session cookie with every
 * request without any script seeing it. Councils and framework versions have natural keys rather
 * than ids, so the cache is told what they are and can share them between queries.
 */
export function createApolloClient({ uri = '/graphql', onSignInRequired }: ApolloClientOptions = {}): ApolloClient {
  // One place notices an ended session, whichever page's query meets it first.
  const signInLink = new ErrorLink(({ error }) => {
    if (onSignInRequired && needsSignIn(error)) onSignInRequired();
  });
  return new ApolloClient({
    link: ApolloLink.from([signInLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Council: { keyFields: ['gssCode'] },
        Framework: { keyFields: ['key', 'version'] },
      },
    }),
  });
}
