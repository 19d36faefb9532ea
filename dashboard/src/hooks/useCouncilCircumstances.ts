import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { GET_COUNCIL_CIRCUMSTANCES } from '../graphql/queries/getCouncilCircumstances';
import { type CircumstanceRow, circumstanceRows } from '../view-models/council-circumstances';

/**
 * The council's circumstances that apply to the round, in words. Empty while loading, and when the
 * viewer may not see them (only the council itself, PAS and administrators may): they are context,
 * so the page shows its figures either way.
 */
export function useCouncilCircumstances(councilGssCode: string | null, round: string | null): CircumstanceRow[] {
  const { data } = useQuery(GET_COUNCIL_CIRCUMSTANCES, councilGssCode ? { variables: { councilGssCode } } : skipToken);
  return useMemo(() => (data && round ? circumstanceRows(data.circumstances, round) : []), [data, round]);
}
