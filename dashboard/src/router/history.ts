import { isPublicRoute, matchRoute, signInPathFor } from './paths';

/**
 * The browser's address as a store React can subscribe to. Three routes and a query string need no
 * router package: the History API moves between them, and this module tells React when it has.
 */

// pushState and replaceState do not fire popstate, so navigate tells subscribers itself.
const listeners = new Set<() => void>();

/** Subscribes to changes of address: the back and forward buttons, and navigate. */
export function subscribeToLocation(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** The path and query string; a string, so React can compare snapshots cheaply. */
export const getLocationSnapshot = (): string => `${window.location.pathname}${window.location.search}`;

/** Options of navigate. */
export type NavigateOptions = { replace?: boolean };

/** Goes to a same-origin path, adding a history entry (or, with replace, overwriting the current one). */
export function navigate(to: string, { replace = false }: NavigateOptions = {}): void {
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (to === current) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  listeners.forEach((notify) => notify());
}

/**
 * Sends someone whose session has ended (or never began) to the sign-in page, remembering where they
 * were. It replaces the history entry, so the back button does not return to a page that would only
 * send them here again.
 */
export function redirectToSignIn(): void {
  if (isPublicRoute(matchRoute(window.location.pathname))) return;
  navigate(signInPathFor(`${window.location.pathname}${window.location.search}${window.location.hash}`), { replace: true });
}
