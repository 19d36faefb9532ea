import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { StartRevoteMutation, StartRevoteMutationVariables } from '../generated/graphql';

/** Starts a new vote round on the statement on screen, after debate. */
export const START_REVOTE: TypedDocumentNode<StartRevoteMutation, StartRevoteMutationVariables> = gql`
  mutation StartRevote($sessionId: ID!) {
    startRevote(sessionId: $sessionId) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
