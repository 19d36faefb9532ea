import { gql, type TypedDocumentNode } from '@apollo/client';

import type { AddPlanActionMutation, AddPlanActionMutationVariables } from '../generated/graphql';

/** Adds an action to a challenge; the target is read on the server as councils write it. */
export const ADD_PLAN_ACTION: TypedDocumentNode<AddPlanActionMutation, AddPlanActionMutationVariables> = gql`
  mutation AddPlanAction($input: AddPlanActionInput!) {
    addPlanAction(input: $input) {
      id
      planId
      description
    }
  }
`;
