/**
 * The dashboard's routes and the rules for moving between them. Pure functions, so the rules that
 * guard the sign-in redirect are tested without a browser.
 */

/** The path of each route. */
export const PATHS = {
  councilPosition: '/',
  matrix: '/matrix',
  ambition: '/ambition',
  sector: '/sector',
  collaboration: '/collaboration',
  signIn: '/sign-in',
  signedOut: '/signed-out',
  acceptInvitation: '/accept-invitation',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  account: '/account',
  assessments: '/assessments',
  plan: '/plan',
  planAction: '/plan/action',
  planAdd: '/plan/add',
  planImport: '/plan/import',
  howFiguresWork: '/how-figures-work',
  admin: '/admin',
  adminUsers: '/admin/users',
  adminCouncils: '/admin/councils',
  adminSharing: '/admin/sharing',
  adminGroups: '/admin/groups',
  adminFrameworks: '/admin/frameworks',
  adminAudit: '/admin/audit',
} as const;

/** The sections of the "How the figures work" page that other pages link to. */
export const HOW_FIGURES_WORK_SECTIONS = {
  withheld: `${PATHS.howFiguresWork}#withheld`,
  peerGroups: `${PATHS.howFiguresWork}#peer-groups`,
} as const;

/** A route the dashboard knows, or notFound. */
export type RouteName = keyof typeof PATHS | 'notFound';

/** The pages for people who are not signed in: signing in and out, and setting a password. */
export const PUBLIC_ROUTES = ['signIn', 'signedOut', 'acceptInvitation', 'forgotPassword', 'resetPassword'] as const;

/** A route that needs no one signed in. */
export type PublicRoute = (typeof PUBLIC_ROUTES)[number];

/** Whether a route needs no one signed in. */
export const isPublicRoute = (route: RouteName): route is PublicRoute => (PUBLIC_ROUTES as readonly string[]).includes(route);

/** The route for a path; a trailing slash is forgiven, since people type addresses by hand. */
export function matchRoute(pathname: string): RouteName {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const match = (Object.keys(PATHS) as (keyof typeof PATHS)[]).find((name) => PATHS[name] === path);
  return match ?? 'notFound';
}

// Any origin will do: it only lets URL resolve a path the way a browser would, to see where it lands.
const PROBE_ORIGIN = 'https://touchstone.invalid';

/**
 * Where to go after signing in: the `next` path if it stays on this site, else the council position
 * page. Only a path starting with a single "/" is accepted, and it is resolved the way a browser
 * would, so "//evil.example", "/\evil.example" and "https://…" (open redirects) all fall back. The
 * sign-in page and the other signed-out pages also fall back, so signing in can never loop or land
 * on "You have signed out".
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/')) return PATHS.councilPosition;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return PATHS.councilPosition;
  }
  if (url.origin !== PROBE_ORIGIN || isPublicRoute(matchRoute(url.pathname))) return PATHS.councilPosition;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address, remembering where the person was heading (the home page needs no note). */
export function signInPathFor(next: string): string {
  const target = safeNextPath(next);
  return target === PATHS.councilPosition ? PATHS.signIn : `${PATHS.signIn}?${new URLSearchParams({ next: target }).toString()}`;
}
