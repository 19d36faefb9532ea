import type { ErrorLike } from '@apollo/client';

import { GET_PLAN_CHALLENGE_SUGGESTION, type GetPlanChallengeSuggestionResult } from '../graphql/queries/getPlanChallengeSuggestion';
import type { AddToPlanTarget } from '../view-models/plan-words';

import { usePlanQuery } from './usePlanQuery';

/** A challenge pre-filled from a weak spot. */
export type UsePlanChallengeSuggestionResult = {
  suggestion: GetPlanChallengeSuggestionResult | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
};

/** Runs GetPlanChallengeSuggestion for a weak spot (nothing while there is none). */
export function usePlanChallengeSuggestion(target: AddToPlanTarget | null): UsePlanChallengeSuggestionResult {
  // Read once and kept: unlike the plan's own queries, it is not re-read on every visit.
  const { data, loading, error } = usePlanQuery(
    GET_PLAN_CHALLENGE_SUGGESTION,
    target ? { input: { kind: target.kind, subjectKey: target.subject } } : null,
    'cache-first',
  );
  return { suggestion: data?.planChallengeSuggestion, loading, error };
}
