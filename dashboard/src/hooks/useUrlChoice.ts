import { useCallback, useEffect, useMemo } from 'react';

import { navigate } from '../router/history';
import { useLocation } from '../router/useLocation';

/**
 * A page's choice, read from and written to the query string with the page's own parse and
 * serialise functions (stable: module-level, or memoised on what they read). The canonical form
 * replaces the address at once, so the first view can be bookmarked; choosing pushes a history
 * entry, so the browser's back button returns to the previous view. A parse that returns null
 * (the choice is not known yet) leaves the address as it is.
 */
export function useUrlChoice<TChoice>(
  parse: (search: string) => TChoice,
  serialise: (choice: NonNullable<TChoice>) => string,
): [TChoice, (next: NonNullable<TChoice>) => void] {
  const { pathname, search } = useLocation();
  const choice = useMemo(() => parse(search), [parse, search]);
  useEffect(() => {
    if (choice === null || choice === undefined) return;
    const canonical = serialise(choice);
    if (canonical !== search) navigate(`${pathname}${canonical}`, { replace: true });
  }, [choice, pathname, search, serialise]);
  const setChoice = useCallback((next: NonNullable<TChoice>) => navigate(`${window.location.pathname}${serialise(next)}`), [serialise]);
  return [choice, setChoice];
}
