import { useMemo, useSyncExternalStore } from 'react';

import { getLocationSnapshot, subscribeToLocation } from './history';

/** The parts of the address the dashboard routes on. */
export type AppLocation = { pathname: string; search: string };

/** The current path and query string, re-rendering when either changes. */
export function useLocation(): AppLocation {
  const snapshot = useSyncExternalStore(subscribeToLocation, getLocationSnapshot);
  return useMemo(() => {
    const queryStart = snapshot.indexOf('?');
    return queryStart === -1
      ? { pathname: snapshot, search: '' }
      : { pathname: snapshot.slice(0, queryStart), search: snapshot.slice(queryStart) };
  }, [snapshot]);
}

/** One value of the query string (the first where it is repeated), or null where it is missing. */
export function useQueryParam(name: string): string | null {
  const { search } = useLocation();
  return new URLSearchParams(search).get(name);
}
