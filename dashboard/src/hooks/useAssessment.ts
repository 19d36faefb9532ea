import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import type { PlanAssessmentInput, SessionMode } from '../graphql/generated/graphql';
import { OPEN_SESSION } from '../graphql/mutations/openSession';
import { PLAN_ASSESSMENT } from '../graphql/mutations/planAssessment';
import { SUBMIT_ASSESSMENT } from '../graphql/mutations/submitAssessment';
import { GET_ASSESSMENT, type GetAssessmentAssessment, type GetAssessmentSession } from '../graphql/queries/getAssessment';

/** One assessment's plan, coverage and sessions, and what the lead can do with it. */
export type UseAssessmentResult = {
  assessment: GetAssessmentAssessment | undefined;
  sessions: GetAssessmentSession[] | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
  /** Saves the plan; rejects with the API's error. */
  plan: (input: Omit<PlanAssessmentInput, 'assessmentId'>) => Promise<void>;
  /** Opens a session on these sections; resolves with its id. */
  openSession: (sectionKeys: string[], mode: SessionMode, surveyDays: number | null) => Promise<string>;
  /** Submits the draft. */
  submit: () => Promise<void>;
};

/** An assessment as its plan page needs it; every change re-reads it, so coverage and sessions stay right. */
export function useAssessment(assessmentId: string): UseAssessmentResult {
  const { data, loading, error } = useQuery(GET_ASSESSMENT, { variables: { id: assessmentId }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [{ query: GET_ASSESSMENT, variables: { id: assessmentId } }];
  const [planMutation] = useMutation(PLAN_ASSESSMENT, { refetchQueries, awaitRefetchQueries: true });
  const [openMutation] = useMutation(OPEN_SESSION);
  const [submitMutation] = useMutation(SUBMIT_ASSESSMENT, { refetchQueries, awaitRefetchQueries: true });

  const plan = useCallback(
    async (input: Omit<PlanAssessmentInput, 'assessmentId'>) => {
      await planMutation({ variables: { input: { ...input, assessmentId } } });
    },
    [assessmentId, planMutation],
  );
  const openSession = useCallback(
    async (sectionKeys: string[], mode: SessionMode, surveyDays: number | null) => {
      const { data: opened } = await openMutation({
        variables: { input: { assessmentId, sectionKeys, mode, ...(surveyDays !== null ? { surveyDays } : {}) } },
      });
      if (!opened) throw new Error('The API did not return the new session.');
      return opened.openSession.session.id;
    },
    [assessmentId, openMutation],
  );
  // One key while the page is open: pressing submit again after a dropped connection returns the first result instead of failing.
  const [idempotencyKey] = useState(() => `submit-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`);
  const submit = useCallback(async () => {
    await submitMutation({ variables: { assessmentId, idempotencyKey } });
  }, [assessmentId, idempotencyKey, submitMutation]);

  return { assessment: data?.assessment, sessions: data?.facilitatedSessions, loading, error, plan, openSession, submit };
}
