import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import type {
  AddPlanActionInput,
  AddPlanChallengeInput,
  AddProgressUpdateInput,
  CreateImprovementPlanInput,
  SetPlanSharingInput,
} from '../graphql/generated/graphql';
import { ADD_PLAN_ACTION } from '../graphql/mutations/addPlanAction';
import { ADD_PLAN_CHALLENGE } from '../graphql/mutations/addPlanChallenge';
import { ADD_PLAN_HEADING } from '../graphql/mutations/addPlanHeading';
import { ADD_PROGRESS_UPDATE } from '../graphql/mutations/addProgressUpdate';
import { CREATE_IMPROVEMENT_PLAN } from '../graphql/mutations/createImprovementPlan';
import { SET_PLAN_SHARING } from '../graphql/mutations/setPlanSharing';
import { GET_IMPROVEMENT_PLAN } from '../graphql/queries/getImprovementPlan';
import { GET_IMPROVEMENT_PLANS } from '../graphql/queries/getImprovementPlans';
import { GET_PLAN_ACTION } from '../graphql/queries/getPlanAction';
import { GET_PLAN_COVERAGE } from '../graphql/queries/getPlanBreakthroughCoverage';
import { GET_PLAN_STATUS_SERIES } from '../graphql/queries/getPlanStatusSeries';
import { GET_PLAN_STATUS_VIEW } from '../graphql/queries/getPlanStatusView';

/** The plan's writes; each resolves once the plan's views on the page have been read again, and rejects with the API's error. */
export type UsePlanChangesResult = {
  createPlan: (input: CreateImprovementPlanInput) => Promise<{ id: string }>;
  addHeading: (planId: string, title: string) => Promise<{ id: string }>;
  addChallenge: (input: AddPlanChallengeInput) => Promise<{ id: string; planId: string }>;
  addAction: (input: AddPlanActionInput) => Promise<{ id: string }>;
  addProgress: (input: AddProgressUpdateInput) => Promise<{ id: string }>;
  setSharing: (input: SetPlanSharingInput) => Promise<{ sharedWithPartners: boolean; sharedWithPas: boolean }>;
};

// A change to one action moves the counts, the status lists, the series and the coverage, so every
// plan query on the page is read again (only those: who is signed in and the councils stay as they
// are), and the promise waits for it: the page shows the change as soon as the promise resolves,
// never an old figure beside a new one.
const REFRESH = {
  refetchQueries: [
    GET_IMPROVEMENT_PLANS,
    GET_IMPROVEMENT_PLAN,
    GET_PLAN_ACTION,
    GET_PLAN_STATUS_VIEW,
    GET_PLAN_STATUS_SERIES,
    GET_PLAN_COVERAGE,
  ],
  awaitRefetchQueries: true,
};

const confirmed = <TData>(data: TData | undefined | null): TData => {
  if (!data) throw new Error('The API did not confirm the change.');
  return data;
};

/** Starting a plan, adding headings, challenges, actions and progress, and sharing. */
export function usePlanChanges(): UsePlanChangesResult {
  const [create] = useMutation(CREATE_IMPROVEMENT_PLAN, REFRESH);
  const [heading] = useMutation(ADD_PLAN_HEADING, REFRESH);
  const [challenge] = useMutation(ADD_PLAN_CHALLENGE, REFRESH);
  const [action] = useMutation(ADD_PLAN_ACTION, REFRESH);
  const [progress] = useMutation(ADD_PROGRESS_UPDATE, REFRESH);
  const [sharing] = useMutation(SET_PLAN_SHARING, REFRESH);

  return {
    createPlan: useCallback(async (input) => confirmed((await create({ variables: { input } })).data).createImprovementPlan, [create]),
    addHeading: useCallback(
      async (planId, title) => confirmed((await heading({ variables: { input: { planId, title } } })).data).addPlanHeading,
      [heading],
    ),
    addChallenge: useCallback(async (input) => confirmed((await challenge({ variables: { input } })).data).addPlanChallenge, [challenge]),
    addAction: useCallback(async (input) => confirmed((await action({ variables: { input } })).data).addPlanAction, [action]),
    addProgress: useCallback(async (input) => confirmed((await progress({ variables: { input } })).data).addProgressUpdate, [progress]),
    setSharing: useCallback(async (input) => confirmed((await sharing({ variables: { input } })).data).setPlanSharing, [sharing]),
  };
}
