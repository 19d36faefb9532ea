import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

import { ErrorSummary } from './components/ErrorSummary/ErrorSummary';
import { Loading } from './components/Loading/Loading';
import { ServiceNavigation } from './components/ServiceNavigation/ServiceNavigation';
import { getErrorMessages, pageErrorMessages } from './graphql/errors';
import { useSignOut } from './hooks/useSignOut';
import { type Viewer, useViewer } from './hooks/useViewer';
import { NotFoundPage } from './pages/NotFoundPage';
import { PublicPage } from './pages/PublicPage';
import { RoleRefusalPage } from './pages/RoleRefusalPage';
import { PATHS, type PublicRoute, type RouteName, isPublicRoute, matchRoute } from './router/paths';
import { matchSessionRoute, type SessionRoute } from './router/session-paths';
import { useLocation } from './router/useLocation';

/** Props of App. */
export type AppProps = { client: ApolloClient };

/** Props of every page that needs someone signed in. */
export type SignedInPageProps = { viewer: Viewer };

/**
 * A page in its own chunk, fetched the first time it is shown, so the sign-in page (which everyone
 * sees first) does not wait for the charts and D3.
 */
function lazyPage(load: () => Promise<ComponentType<SignedInPageProps>>) {
  return lazy(async () => ({ default: await load() }));
}

const CouncilPositionPage = lazyPage(async () => (await import('./pages/CouncilPositionPage')).CouncilPositionPage);
const BreakthroughMatrixPage = lazyPage(async () => (await import('./pages/BreakthroughMatrixPage')).BreakthroughMatrixPage);
const NowAmbitionPage = lazyPage(async () => (await import('./pages/NowAmbitionPage')).NowAmbitionPage);
const SectorPage = lazyPage(async () => (await import('./pages/SectorPage')).SectorPage);
const CollaborationPage = lazyPage(async () => (await import('./pages/CollaborationPage')).CollaborationPage);
const ImprovementPlanPage = lazyPage(async () => (await import('./pages/ImprovementPlanPage')).ImprovementPlanPage);
const PlanActionPage = lazyPage(async () => (await import('./pages/PlanActionPage')).PlanActionPage);
const AddToPlanPage = lazyPage(async () => (await import('./pages/AddToPlanPage')).AddToPlanPage);
const PlanImportPage = lazyPage(async () => (await import('./pages/PlanImportPage')).PlanImportPage);
const AccountPage = lazyPage(async () => (await import('./pages/AccountPage')).AccountPage);
const AssessmentsPage = lazyPage(async () => (await import('./pages/AssessmentsPage')).AssessmentsPage);
const HowFiguresWorkPage = lazyPage(async () => (await import('./pages/HowFiguresWorkPage')).HowFiguresWorkPage);
const AdministrationPage = lazy(async () => ({ default: (await import('./pages/admin/AdministrationPage')).AdministrationPage }));
// Pages with an id in the path; the participant's page needs no one signed in and is its own small chunk, for phones.
const AssessmentPage = lazy(async () => ({ default: (await import('./pages/AssessmentPage')).AssessmentPage }));
const FacilitatorSessionPage = lazy(async () => ({ default: (await import('./pages/FacilitatorSessionPage')).FacilitatorSessionPage }));
const PresenterPage = lazy(async () => ({ default: (await import('./pages/PresenterPage')).PresenterPage }));
const ParticipantPage = lazy(async () => ({ default: (await import('./pages/ParticipantPage')).ParticipantPage }));

/** A page in the service navigation; roles, when given, are the only ones that see it (the API refuses the rest anyway). */
type NavigationItem = { route: keyof typeof PATHS; text: string; roles?: Viewer['role'][] };

/** The pages in the service navigation, in order. */
const NAVIGATION: NavigationItem[] = [
  { route: 'councilPosition', text: 'Council position' },
  { route: 'matrix', text: 'Breakthrough matrix' },
  { route: 'ambition', text: 'Now and ambition' },
  { route: 'sector', text: 'Sector view', roles: ['PAS_ANALYST', 'ADMINISTRATOR'] },
  { route: 'collaboration', text: 'Collaboration', roles: ['COUNCIL_LEAD', 'COUNCIL_MEMBER', 'ADMINISTRATOR'] },
  { route: 'assessments', text: 'Assessments', roles: ['COUNCIL_LEAD', 'COUNCIL_MEMBER'] },
  { route: 'plan', text: 'Improvement plan' },
  { route: 'admin', text: 'Administration', roles: ['ADMINISTRATOR', 'PAS_ANALYST'] },
  { route: 'account', text: 'Account' },
];

/** The navigation items this user may use. */
const navigationFor = (viewer: Viewer): NavigationItem[] => NAVIGATION.filter((item) => !item.roles || item.roles.includes(viewer.role));

/** For a page in the navigation that this user's role may not open, the refusal to show instead of it. */
function refusalFor(route: RouteName, viewer: Viewer): ReactNode {
  const item = NAVIGATION.find((i) => i.route === route);
  return item?.roles && !item.roles.includes(viewer.role) ? (
    <RoleRefusalPage viewer={viewer} pageName={item.text} roles={item.roles} />
  ) : null;
}

/** The dashboard: the sign-in page, or the page for the address once someone is signed in. */
export function App({ client }: AppProps) {
  return (
    <ApolloProvider client={client}>
      <Routes />
    </ApolloProvider>
  );
}

/** The page for the address; signing in, "you have signed out" and setting a password need no one signed in. */
function Routes() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  const sessionRoute = matchSessionRoute(pathname);
  useFocusOnNavigation(pathname);
  if (sessionRoute?.name === 'join') {
    return (
      <Suspense fallback={<Loading text="Loading…" />}>
        <ParticipantPage code={sessionRoute.code} />
      </Suspense>
    );
  }
  return isPublicRoute(route) ? <PublicPage route={route} /> : <SignedIn route={route} sessionRoute={sessionRoute} />;
}

type SignedInProps = { route: Exclude<RouteName, PublicRoute>; sessionRoute: Exclude<SessionRoute, { name: 'join' }> | null };

/**
 * Checks who is signed in before showing a page. No one: the Apollo link has already sent the
 * browser to the sign-in page, so there is nothing to show here meanwhile.
 */
function SignedIn({ route, sessionRoute }: SignedInProps) {
  const { viewer, loading, error } = useViewer();
  const signOut = useSignOut();

  if (error) {
    const messages = pageErrorMessages([error]);
    // GOV.UK's "problem with the service" page: nothing on the page can be shown without knowing who is asking.
    return messages.length > 0 ? (
      <>
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        {messages.map((m) => (
          <p key={m.message} className="govuk-body">
            {m.message}
          </p>
        ))}
      </>
    ) : null;
  }
  if (loading || !viewer) return <Loading text="Loading…" />;

  // The presenter view is projected to the room: no navigation, and not the facilitator's email.
  const onProjector = sessionRoute?.name === 'presenter';
  return (
    <>
      {onProjector ? null : (
        <HeaderSlot>
          <ServiceNavigation
            items={navigationFor(viewer).map((item) => ({
              to: PATHS[item.route],
              text: item.text,
              current:
                item.route === (sessionRoute ? 'assessments' : route) ||
                (item.route === 'plan' && route.startsWith('plan')) ||
                (item.route === 'admin' && route.startsWith('admin')),
            }))}
            email={viewer.email}
            onSignOut={() => void signOut.signOut()}
          />
        </HeaderSlot>
      )}
      {signOut.error ? (
        <ErrorSummary items={[{ text: `You have not been signed out. ${getErrorMessages(signOut.error)[0]?.message ?? ''}`.trim() }]} />
      ) : null}
      <Suspense fallback={<Loading text="Loading the page…" />}>
        {sessionRoute ? sessionPageFor(sessionRoute, viewer) : (refusalFor(route, viewer) ?? pageFor(route, viewer))}
      </Suspense>
    </>
  );
}

/** The page component for a signed-in route. */
function pageFor(route: SignedInProps['route'], viewer: Viewer): ReactNode {
  switch (route) {
    case 'councilPosition':
      return <CouncilPositionPage viewer={viewer} />;
    case 'matrix':
      return <BreakthroughMatrixPage viewer={viewer} />;
    case 'ambition':
      return <NowAmbitionPage viewer={viewer} />;
    case 'sector':
      return <SectorPage viewer={viewer} />;
    case 'collaboration':
      return <CollaborationPage viewer={viewer} />;
    case 'account':
      return <AccountPage viewer={viewer} />;
    case 'assessments':
      return <AssessmentsPage viewer={viewer} />;
    case 'plan':
      return <ImprovementPlanPage viewer={viewer} />;
    case 'planAction':
      return <PlanActionPage viewer={viewer} />;
    case 'planAdd':
      return <AddToPlanPage viewer={viewer} />;
    case 'planImport':
      return <PlanImportPage viewer={viewer} />;
    case 'howFiguresWork':
      return <HowFiguresWorkPage viewer={viewer} />;
    case 'admin':
    case 'adminUsers':
    case 'adminCouncils':
    case 'adminSharing':
    case 'adminGroups':
    case 'adminFrameworks':
    case 'adminAudit':
      return <AdministrationPage viewer={viewer} route={route} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** The page for a signed-in route that carries an id in its path. */
function sessionPageFor(route: NonNullable<SignedInProps['sessionRoute']>, viewer: Viewer): ReactNode {
  switch (route.name) {
    case 'assessment':
      return <AssessmentPage key={route.assessmentId} viewer={viewer} assessmentId={route.assessmentId} />;
    case 'facilitator':
      return <FacilitatorSessionPage key={route.sessionId} viewer={viewer} sessionId={route.sessionId} />;
    case 'presenter':
      return <PresenterPage key={route.sessionId} viewer={viewer} sessionId={route.sessionId} />;
  }
}

/**
 * Renders into the header's placeholder in index.html: the navigation belongs in the header
 * landmark, which sits outside the element React renders into.
 */
function HeaderSlot({ children }: { children: ReactNode }) {
  const slot = document.getElementById('service-navigation');
  return slot ? createPortal(children, slot) : null;
}

/**
 * After moving to another page without a reload, start at the top and put focus on the main
 * content, as a full page load would: otherwise focus stays on the link that was clicked (now gone)
 * and screen reader users are not told that the page has changed. Each page's new title is read
 * too. The first page load is left to the browser.
 */
function useFocusOnNavigation(pathname: string) {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById('main-content')?.focus({ preventScroll: true });
  }, [pathname]);
}
