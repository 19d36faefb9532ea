import { useCallback, useEffect, useMemo } from 'react';

import { navigate } from '../router/history';
import { useLocation } from '../router/useLocation';

/**
 * A page's choice, read from and written to the query string with the page's own parse and
 * serialise functions (module-level, so they are stable). The canonical form replaces the address
 * at once, so the first view can be bookmarked; choosing pushes a history entry.
 */
export function useUrlChoice<T>(parse: (search: string) => T, serialise: (choice: T) => string): [T, (next: T) => void] {
  const { pathname, search } = useLocation();
  const choice = useMemo(() => parse(search), [parse, search]);
  useEffect(() => {
    const canonical = serialise(choice);
    if (canonical !== search) navigate(`${pathname}${canonical}`, { replace: true });
  }, [choice, pathname, search, serialise]);
  const setChoice = useCallback((next: T) => navigate(`${window.location.pathname}${serialise(next)}`), [serialise]);
  return [choice, setChoice];
}
