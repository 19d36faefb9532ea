import { gql, type TypedDocumentNode } from '@apollo/client';

import type { SessionChangedSubscription, SessionChangedSubscriptionVariables } from '../generated/graphql';

/** What changed in a session (never the state itself): the page re-reads its query on each event. */
export const SESSION_CHANGED: TypedDocumentNode<SessionChangedSubscription, SessionChangedSubscriptionVariables> = gql`
  subscription SessionChanged($sessionId: ID!) {
    sessionChanged(sessionId: $sessionId) {
      sessionId
      kind
      version
    }
  }
`;
