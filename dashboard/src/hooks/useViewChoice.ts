import { useCallback, useEffect, useMemo } from 'react';

import { navigate } from '../router/history';
import { useLocation } from '../router/useLocation';
import { parseViewChoice, serialiseViewChoice, type ViewChoice } from '../view-models/view-choice';

/**
 * A view's council, round and group, read from and written to the query string; choosing pushes a
 * history entry so the back button returns to the previous view. Null while the URL names no
 * council and the default council (the user's own) is not yet known.
 */
export function useViewChoice(defaultCouncil: string | null): [ViewChoice | null, (next: ViewChoice) => void] {
  const { pathname, search } = useLocation();
  const choice = useMemo(() => parseViewChoice(search, defaultCouncil), [search, defaultCouncil]);

  // The defaults go into the address bar at once (replacing), so the first view can be bookmarked.
  useEffect(() => {
    if (choice === null) return;
    const canonical = serialiseViewChoice(choice);
    if (canonical !== search) navigate(`${pathname}${canonical}`, { replace: true });
  }, [choice, pathname, search]);

  const setChoice = useCallback((next: ViewChoice) => navigate(`${window.location.pathname}${serialiseViewChoice(next)}`), []);
  return [choice, setChoice];
}
