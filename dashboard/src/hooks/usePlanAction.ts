import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_PLAN_ACTION, type GetPlanActionAction } from '../graphql/queries/getPlanAction';

/** One action and its history. */
export type UsePlanActionResult = { action: GetPlanActionAction | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetPlanAction for an action (nothing while there is none). */
export function usePlanAction(actionId: string | null): UsePlanActionResult {
  const { data, loading, error } = useQuery(GET_PLAN_ACTION, actionId ? { variables: { id: actionId } } : skipToken);
  return { action: data?.planAction, loading, error };
}
