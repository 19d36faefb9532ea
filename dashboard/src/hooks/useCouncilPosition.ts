import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

import type { GetCouncilPositionQueryVariables } from '../graphql/generated/graphql';
import { GET_COUNCIL_POSITION, type GetCouncilPositionResult } from '../graphql/queries/getCouncilPosition';

/** What a page needs from GetCouncilPosition: the result once it has arrived, whether it is on its way, and any error. */
export type UseCouncilPositionResult = { position: GetCouncilPositionResult | undefined; loading: boolean; error: ErrorLike | undefined };

/** Runs GetCouncilPosition for these variables, or nothing while there are none. */
export function useCouncilPosition(variables: GetCouncilPositionQueryVariables | null): UseCouncilPositionResult {
  const { data, loading, error } = useQuery(GET_COUNCIL_POSITION, variables ? { variables } : skipToken);
  return { position: data?.councilPosition, loading, error };
}
