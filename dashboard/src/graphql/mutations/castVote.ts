import { gql, type TypedDocumentNode } from '@apollo/client';

import { PARTICIPANT_SESSION_FIELDS } from '../fragments/participantSessionFields';
import type { CastVoteMutation, CastVoteMutationVariables } from '../generated/graphql';

/** Scores a statement privately (by the device's participant token); scoring again replaces the earlier score until the reveal. */
export const CAST_VOTE: TypedDocumentNode<CastVoteMutation, CastVoteMutationVariables> = gql`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      ...ParticipantSessionFields
    }
  }
  ${PARTICIPANT_SESSION_FIELDS}
`;
