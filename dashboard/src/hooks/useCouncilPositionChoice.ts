import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';

import { type CouncilPositionChoice, parseChoice, serialiseChoice } from './council-position-choice';

// pushState does not fire popstate, so the hook tells its own subscribers when it changes the URL.
const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const getSearch = (): string => window.location.search;

/**
 * The page's choice, read from and written to the query string. Choosing pushes a history entry,
 * so the browser's back button returns to the previous view.
 */
export function useCouncilPositionChoice(): [CouncilPositionChoice, (next: CouncilPositionChoice) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const choice = useMemo(() => parseChoice(search), [search]);

  // Write the defaults (or the cleaned-up choice) into the address bar at once, replacing rather
  // than pushing, so what is on screen can be bookmarked from the first view.
  useEffect(() => {
    const canonical = serialiseChoice(choice);
    if (canonical !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${canonical}`);
  }, [choice]);

  const setChoice = useCallback((next: CouncilPositionChoice) => {
    const nextSearch = serialiseChoice(next);
    if (nextSearch === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${nextSearch}`);
    listeners.forEach((notify) => notify());
  }, []);

  return [choice, setChoice];
}
