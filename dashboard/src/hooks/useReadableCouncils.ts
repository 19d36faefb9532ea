import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { GET_PAS_SHARING_COUNCILS } from '../graphql/queries/getPasSharingCouncils';

import type { Viewer } from './useViewer';

/**
 * For a PAS analyst, the ids of the councils that share with PAS (undefined until known); for
 * anyone else null, since their councils come from their own role. If the list cannot be had, null
 * too: every council is offered and the API's refusal explains the rest.
 */
export function useReadableCouncils(viewer: Viewer): readonly string[] | null | undefined {
  const isPas = viewer.role === 'PAS_ANALYST';
  const { data, error } = useQuery(GET_PAS_SHARING_COUNCILS, { skip: !isPas });
  return useMemo(() => {
    if (!isPas || error) return null;
    return data?.pasSharingCouncils.map((shared) => shared.council.id);
  }, [isPas, data, error]);
}
