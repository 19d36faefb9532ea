import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { GET_COUNCILS_SHARING_WITH_PAS } from '../graphql/queries/getCouncilsSharingWithPas';

import type { Viewer } from './useViewer';

/**
 * For a PAS analyst, the ids of the councils that share with PAS (undefined until known); for
 * anyone else null, since their councils come from their own role. If the list cannot be had, null
 * too: every council is offered and the API's refusal explains the rest.
 */
export function useReadableCouncils(viewer: Viewer): readonly string[] | null | undefined {
  const isPas = viewer.role === 'PAS_ANALYST';
  const { data, error } = useQuery(GET_COUNCILS_SHARING_WITH_PAS, { skip: !isPas });
  return useMemo(() => {
    if (!isPas || error) return null;
    return data?.councilsSharingWithPas.map((c) => c.id);
  }, [isPas, data, error]);
}
