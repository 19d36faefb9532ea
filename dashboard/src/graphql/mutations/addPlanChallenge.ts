import { gql, type TypedDocumentNode } from '@apollo/client';

import type { AddPlanChallengeMutation, AddPlanChallengeMutationVariables } from '../generated/graphql';

/** Adds a challenge under a heading, linked to where it came from, with any starting actions. */
export const ADD_PLAN_CHALLENGE: TypedDocumentNode<AddPlanChallengeMutation, AddPlanChallengeMutationVariables> = gql`
  mutation AddPlanChallenge($input: AddPlanChallengeInput!) {
    addPlanChallenge(input: $input) {
      id
      planId
      title
    }
  }
`;
