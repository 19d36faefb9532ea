import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The dashboard's Apollo Client: /graphql on the same origin (the API serves the built dashboard,
 * and Vite's dev server proxies it). Councils and framework versions have natural keys rather than
 * ids, so the cache is told what they are and can share them between queries.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        Council: { keyFields: ['gssCode'] },
        Framework: { keyFields: ['key', 'version'] },
      },
    }),
  });
}
