import { gql, type TypedDocumentNode } from '@apollo/client';

import { PLAN_ACTION_PROGRESS } from '../fragments/planActionProgress';
import type { GetPlanActionQuery, GetPlanActionQueryVariables } from '../generated/graphql';

/** One action with its whole progress history. */
export type GetPlanActionAction = GetPlanActionQuery['planAction'];

/** One progress update in an action's history. */
export type GetPlanActionUpdate = GetPlanActionAction['history'][number];

/** One action and its append-only history, oldest first: the action's timeline. */
export const GET_PLAN_ACTION: TypedDocumentNode<GetPlanActionQuery, GetPlanActionQueryVariables> = gql`
  query GetPlanAction($id: ID!) {
    planAction(id: $id) {
      id
      planId
      challengeId
      description
      lead
      target {
        text
        kind
        startsOn
        dueOn
      }
      ...PlanActionProgress
    }
  }
  ${PLAN_ACTION_PROGRESS}
`;
