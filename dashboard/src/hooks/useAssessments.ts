import type { ErrorLike } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { CREATE_ASSESSMENT } from '../graphql/mutations/createAssessment';
import { GET_ASSESSMENTS, type GetAssessmentsAssessment } from '../graphql/queries/getAssessments';
import { GET_COUNCILS } from '../graphql/queries/getCouncils';

import type { Viewer } from './useViewer';

/** The viewer's council, its assessments, and starting a new one. */
export type UseAssessmentsResult = {
  council: { gssCode: string; name: string } | undefined;
  assessments: GetAssessmentsAssessment[] | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
  /** Starts a draft (superseding the round's submission when there is one); resolves with its id. */
  start: (frameworkKey: string, round: string) => Promise<string>;
};

/** The signed-in user's own council's assessments, newest round first, with the history of superseded submissions. */
export function useAssessments(viewer: Viewer): UseAssessmentsResult {
  const councils = useQuery(GET_COUNCILS);
  const council = councils.data?.councils.find((c) => c.id === viewer.councilId);
  const assessments = useQuery(GET_ASSESSMENTS, council ? { variables: { councilGssCode: council.gssCode } } : skipToken);
  const [create] = useMutation(CREATE_ASSESSMENT, {
    refetchQueries: council ? [{ query: GET_ASSESSMENTS, variables: { councilGssCode: council.gssCode } }] : [],
  });

  const start = useCallback(
    async (frameworkKey: string, round: string) => {
      if (!council) throw new Error('Your account is not linked to a council.');
      const { data } = await create({ variables: { input: { councilGssCode: council.gssCode, frameworkKey, round } } });
      if (!data) throw new Error('The API did not return the new assessment.');
      return data.createAssessment.id;
    },
    [council, create],
  );

  return {
    council,
    assessments: assessments.data?.assessments,
    loading: councils.loading || assessments.loading,
    error: councils.error ?? assessments.error,
    start,
  };
}
