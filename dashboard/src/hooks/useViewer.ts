import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import { GET_ME, type GetMeUser } from '../graphql/queries/getMe';

/** The signed-in user. */
export type Viewer = GetMeUser;

/** The signed-in user once known, whether the question is on its way, and any error (UNAUTHENTICATED when no one is signed in). */
export type UseViewerResult = { viewer: Viewer | undefined; loading: boolean; error: ErrorLike | undefined };

/** Who is signed in, from GetMe; sign-in writes the answer into the cache, so it is usually there already. */
export function useViewer(): UseViewerResult {
  const { data, loading, error } = useQuery(GET_ME);
  return { viewer: data?.me, loading, error };
}
