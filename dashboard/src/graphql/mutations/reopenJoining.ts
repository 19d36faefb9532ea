import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { ReopenJoiningMutation, ReopenJoiningMutationVariables } from '../generated/graphql';

/** Lets participants join again. */
export const REOPEN_JOINING: TypedDocumentNode<ReopenJoiningMutation, ReopenJoiningMutationVariables> = gql`
  mutation ReopenJoining($sessionId: ID!) {
    reopenJoining(sessionId: $sessionId) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
