/**
 * The routes of running an assessment, which carry an id or a code in the path (the other routes
 * are fixed paths in paths.ts). Pure, so the matching is tested without a browser.
 */

/** A route of running an assessment, with what its path carries. */
export type SessionRoute =
  | { name: 'assessment'; assessmentId: string }
  | { name: 'facilitator'; sessionId: string }
  | { name: 'presenter'; sessionId: string }
  | { name: 'join'; code: string | null };

const PATTERNS: [RegExp, (match: string) => SessionRoute][] = [
  [/^\/assessments\/([^/]+)$/, (id) => ({ name: 'assessment', assessmentId: id })],
  [/^\/sessions\/([^/]+)$/, (id) => ({ name: 'facilitator', sessionId: id })],
  [/^\/sessions\/([^/]+)\/present$/, (id) => ({ name: 'presenter', sessionId: id })],
  [/^\/join\/([^/]+)$/, (code) => ({ name: 'join', code })],
];

/** The session route for a path, or null; a trailing slash is forgiven, as in matchRoute. */
export function matchSessionRoute(pathname: string): SessionRoute | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/join') return { name: 'join', code: null };
  for (const [pattern, route] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) {
      try {
        return route(decodeURIComponent(match[1]));
      } catch {
        // A malformed escape in a typed address: not a route of ours.
        return null;
      }
    }
  }
  return null;
}

/** The plan, sessions and submission of one assessment. */
export const assessmentPath = (assessmentId: string): string => `/assessments/${encodeURIComponent(assessmentId)}`;
/** The facilitator's page of a session. */
export const facilitatorPath = (sessionId: string): string => `/sessions/${encodeURIComponent(sessionId)}`;
/** The projector's view of a session. */
export const presenterPath = (sessionId: string): string => `/sessions/${encodeURIComponent(sessionId)}/present`;
/** Where a participant joins: with the code in the path, or a form to type it. */
export const joinPath = (code?: string): string => (code ? `/join/${encodeURIComponent(code)}` : '/join');
