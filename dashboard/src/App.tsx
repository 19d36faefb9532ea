import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';

import { CouncilPositionPage } from './pages/CouncilPositionPage';

/** Props of App. */
export type AppProps = { client: ApolloClient };

/** The dashboard: one page for now, so no router yet. */
export function App({ client }: AppProps) {
  return (
    <ApolloProvider client={client}>
      <CouncilPositionPage />
    </ApolloProvider>
  );
}
