import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_PLAN_ACTION, type GetPlanActionAction } from '../graphql/queries/getPlanAction';

/** One action and its history. */
export type UsePlanActionResult = { action: GetPlanActionAction | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetPlanAction for an action (nothing while there is none). */
export function usePlanAction(actionId: string | null): UsePlanActionResult {
  const {
    data,
    loading: fetching,
    error,
  } = useQuery(GET_PLAN_ACTION, actionId ? { variables: { id: actionId }, fetchPolicy: 'cache-and-network' } : skipToken);
  // Read from the network on every visit, showing what is cached meanwhile: a plan changes under other
  // people's hands (members add progress), and a change made on another page must show here.
  // Loading only until there is something to show: a refetch after a change keeps the page (and its forms) in place.
  return { action: data?.planAction, loading: fetching && !data, error };
}
