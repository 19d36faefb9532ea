import { gql, type TypedDocumentNode } from '@apollo/client';

import { PLAN_ACTION_PROGRESS } from '../fragments/planActionProgress';
import type { AddProgressUpdateMutation, AddProgressUpdateMutationVariables } from '../generated/graphql';

/** Appends a dated progress update to an action's history, and returns the action with its history. */
export const ADD_PROGRESS_UPDATE: TypedDocumentNode<AddProgressUpdateMutation, AddProgressUpdateMutationVariables> = gql`
  mutation AddProgressUpdate($input: AddProgressUpdateInput!) {
    addProgressUpdate(input: $input) {
      id
      planId
      ...PlanActionProgress
    }
  }
  ${PLAN_ACTION_PROGRESS}
`;
