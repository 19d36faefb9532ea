import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { RevealVotesMutation, RevealVotesMutationVariables } from '../generated/graphql';

/** Reveals the spread of the statement on screen and locks its scores. */
export const REVEAL_VOTES: TypedDocumentNode<RevealVotesMutation, RevealVotesMutationVariables> = gql`
  mutation RevealVotes($sessionId: ID!) {
    revealVotes(sessionId: $sessionId) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
