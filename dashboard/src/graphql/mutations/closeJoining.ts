import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { CloseJoiningMutation, CloseJoiningMutationVariables } from '../generated/graphql';

/** Stops new participants joining; those who joined carry on. */
export const CLOSE_JOINING: TypedDocumentNode<CloseJoiningMutation, CloseJoiningMutationVariables> = gql`
  mutation CloseJoining($sessionId: ID!) {
    closeJoining(sessionId: $sessionId) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
