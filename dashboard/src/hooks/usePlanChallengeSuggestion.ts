import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import { GET_PLAN_CHALLENGE_SUGGESTION, type GetPlanChallengeSuggestionResult } from '../graphql/queries/getPlanChallengeSuggestion';
import type { AddToPlanTarget } from '../view-models/plan-words';

/** A challenge pre-filled from a weak spot. */
export type UsePlanChallengeSuggestionResult = {
  suggestion: GetPlanChallengeSuggestionResult | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
};

/** Runs GetPlanChallengeSuggestion for a weak spot (nothing while there is none). */
export function usePlanChallengeSuggestion(target: AddToPlanTarget | null): UsePlanChallengeSuggestionResult {
  const {
    data,
    loading: fetching,
    error,
  } = useQuery(
    GET_PLAN_CHALLENGE_SUGGESTION,
    target ? { variables: { input: { kind: target.kind, subjectKey: target.subject } } } : skipToken,
  );
  // Loading only until there is something to show: a refetch after a change keeps the page (and its forms) in place.
  return { suggestion: data?.planChallengeSuggestion, loading: fetching && !data, error };
}
