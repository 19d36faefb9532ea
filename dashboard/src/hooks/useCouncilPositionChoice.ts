import { useCallback, useEffect, useMemo } from 'react';

import { navigate } from '../router/history';
import { useLocation } from '../router/useLocation';
import { type CouncilPositionChoice, parseChoice, serialiseChoice } from '../view-models/council-position-choice';

/**
 * The page's choice, read from and written to the query string. Choosing pushes a history entry,
 * so the browser's back button returns to the previous view. The choice is null while the URL names
 * no council and the default council (the user's own) is not yet known.
 */
export function useCouncilPositionChoice(
  defaultCouncil: string | null,
): [CouncilPositionChoice | null, (next: CouncilPositionChoice) => void] {
  const { pathname, search } = useLocation();
  const choice = useMemo(() => parseChoice(search, defaultCouncil), [search, defaultCouncil]);

  // Write the defaults (or the cleaned-up choice) into the address bar at once, replacing rather
  // than pushing, so what is on screen can be bookmarked from the first view.
  useEffect(() => {
    if (choice === null) return;
    const canonical = serialiseChoice(choice);
    if (canonical !== search) navigate(`${pathname}${canonical}`, { replace: true });
  }, [choice, pathname, search]);

  const setChoice = useCallback((next: CouncilPositionChoice) => navigate(`${window.location.pathname}${serialiseChoice(next)}`), []);

  return [choice, setChoice];
}
