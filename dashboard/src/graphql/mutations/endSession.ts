import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { EndSessionMutation, EndSessionMutationVariables } from '../generated/graphql';

/** Ends the session; the assessment continues in a later session. */
export const END_SESSION: TypedDocumentNode<EndSessionMutation, EndSessionMutationVariables> = gql`
  mutation EndSession($sessionId: ID!) {
    endSession(sessionId: $sessionId) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
