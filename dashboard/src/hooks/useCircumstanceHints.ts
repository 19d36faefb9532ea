import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { GET_COUNCIL_CIRCUMSTANCES } from '../graphql/queries/getCouncilCircumstances';
import { circumstanceHints } from '../view-models/circumstance-hints';
import type { PeerGroupSummaryFragment } from '../graphql/generated/graphql';

/**
 * Why each circumstance group among the radios is offered to the council, by group key; empty until
 * the council's circumstances arrive (or if they cannot be had: the radios work without hints).
 */
export function useCircumstanceHints(
  council: { gssCode: string; name: string } | undefined,
  round: string | undefined,
  groups: PeerGroupSummaryFragment[],
): Record<string, string> {
  const wanted = council !== undefined && groups.some((g) => g.kind === 'CIRCUMSTANCE');
  const { data } = useQuery(GET_COUNCIL_CIRCUMSTANCES, wanted ? { variables: { councilGssCode: council.gssCode, round } } : skipToken);
  return useMemo(() => (data && council ? circumstanceHints(groups, data.circumstances, council.name) : {}), [data, council, groups]);
}
