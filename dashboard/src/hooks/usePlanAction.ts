import type { ErrorLike } from '@apollo/client';

import { GET_PLAN_ACTION, type GetPlanActionAction } from '../graphql/queries/getPlanAction';

import { usePlanQuery } from './usePlanQuery';

/** One action and its history. */
export type UsePlanActionResult = { action: GetPlanActionAction | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetPlanAction for an action (nothing while there is none). */
export function usePlanAction(actionId: string | null): UsePlanActionResult {
  const { data, loading, error } = usePlanQuery(GET_PLAN_ACTION, actionId ? { id: actionId } : null);
  return { action: data?.planAction, loading, error };
}
