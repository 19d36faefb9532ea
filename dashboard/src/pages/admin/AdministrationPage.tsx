import { useQuery } from '@apollo/client/react';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';

import { Loading } from '../../components/Loading/Loading';
import { pageErrorMessages } from '../../graphql/errors';
import { type AdministrationAreas, GET_ADMINISTRATION_AREAS } from '../../graphql/queries/getAdministrationAreas';
import type { Viewer } from '../../hooks/useViewer';
import { Link } from '../../router/Link';
import { PATHS } from '../../router/paths';

const UsersAdminPage = lazy(async () => ({ default: (await import('./UsersAdminPage')).UsersAdminPage }));
const CouncilsAdminPage = lazy(async () => ({ default: (await import('./CouncilsAdminPage')).CouncilsAdminPage }));
const SharingAdminPage = lazy(async () => ({ default: (await import('./SharingAdminPage')).SharingAdminPage }));
const GroupsAdminPage = lazy(async () => ({ default: (await import('./GroupsAdminPage')).GroupsAdminPage }));
const FrameworksAdminPage = lazy(async () => ({ default: (await import('./FrameworksAdminPage')).FrameworksAdminPage }));
const AuditLogPage = lazy(async () => ({ default: (await import('./AuditLogPage')).AuditLogPage }));

/** A route of the administration area. */
export type AdministrationRoute =
  'admin' | 'adminUsers' | 'adminCouncils' | 'adminSharing' | 'adminGroups' | 'adminFrameworks' | 'adminAudit';
type Area = keyof AdministrationAreas;

/** Each part of the area: its route, its name, and what it is for. */
export const ADMINISTRATION_PARTS: { area: Area; route: Exclude<AdministrationRoute, 'admin'>; title: string; description: string }[] = [
  {
    area: 'users',
    route: 'adminUsers',
    title: 'Users',
    description: 'Invite people, change their role, disable accounts and end sessions.',
  },
  {
    area: 'councils',
    route: 'adminCouncils',
    title: 'Councils and circumstances',
    description: 'See each council’s circumstances with their source and date; PAS assigns its own.',
  },
  {
    area: 'sharing',
    route: 'adminSharing',
    title: 'Sharing with PAS',
    description: 'Which councils share their identified results with PAS.',
  },
  { area: 'groups', route: 'adminGroups', title: 'Collaboration groups', description: 'Create groups and invite councils to them.' },
  {
    area: 'frameworks',
    route: 'adminFrameworks',
    title: 'Framework versions',
    description: 'Upload, preview and publish new framework versions.',
  },
  { area: 'audit', route: 'adminAudit', title: 'Audit log', description: 'Who did what, and when, newest first.' },
];

/** Each part's page, given the viewer (the users and councils pages need it). */
const PART_PAGES: Record<Exclude<AdministrationRoute, 'admin'>, (viewer: Viewer) => ReactNode> = {
  adminUsers: (viewer) => <UsersAdminPage viewer={viewer} />,
  adminCouncils: (viewer) => <CouncilsAdminPage viewer={viewer} />,
  adminSharing: () => <SharingAdminPage />,
  adminGroups: () => <GroupsAdminPage />,
  adminFrameworks: () => <FrameworksAdminPage />,
  adminAudit: () => <AuditLogPage />,
};

/** Props of AdministrationPage. */
export type AdministrationPageProps = { viewer: Viewer; route: AdministrationRoute };

/**
 * The administration area: an overview of the parts the viewer's role may use (the API's access
 * policy decides which, through `me.administration`), and each part's page. A part the role may
 * not use shows the refusal and nothing that looks like it would work.
 */
export function AdministrationPage({ viewer, route }: AdministrationPageProps) {
  const { data, loading, error } = useQuery(GET_ADMINISTRATION_AREAS);
  const areas = data?.me.administration;
  const part = ADMINISTRATION_PARTS.find((p) => p.route === route);
  const allowed = areas && part ? areas[part.area] : true;

  useEffect(() => {
    if (!areas) return;
    const title = part ? `${part.title} – Administration – Touchstone` : 'Administration – Touchstone';
    document.title = allowed ? title : `You cannot use this page – Touchstone`;
  }, [areas, part, allowed]);

  const messages = pageErrorMessages([error]);
  if (messages.length > 0)
    return (
      <>
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">{messages[0].message}</p>
      </>
    );
  if (loading || !areas) return <Loading text="Loading administration…" />;
  if (!allowed || !part) return allowed ? <Overview areas={areas} /> : <Refusal title={part?.title ?? 'Administration'} areas={areas} />;

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to={PATHS.admin}>
              Administration
            </Link>
          </li>
        </ol>
      </nav>
      <Suspense fallback={<Loading text="Loading the page…" />}>{PART_PAGES[part.route](viewer)}</Suspense>
    </>
  );
}

/** The parts the viewer may use, as links with what each is for. */
function Overview({ areas }: { areas: AdministrationAreas }) {
  const parts = ADMINISTRATION_PARTS.filter((p) => areas[p.area]);
  return (
    <>
      <h1 className="govuk-heading-l">Administration</h1>
      {parts.length === 0 ? (
        <p className="govuk-body">Your role has no administration to do. Administrators and PAS analysts use this area.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {parts.map((p) => (
            <li key={p.route}>
              <Link className="govuk-link govuk-!-font-weight-bold" to={PATHS[p.route]}>
                {p.title}
              </Link>
              <br />
              {p.description}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What a role that may not use a part sees: the refusal, and where it can go instead. No form, no buttons. */
function Refusal({ title, areas }: { title: string; areas: AdministrationAreas }) {
  const anyArea = ADMINISTRATION_PARTS.some((p) => areas[p.area]);
  return (
    <>
      <h1 className="govuk-heading-l">You cannot use {title.toLowerCase()}</h1>
      <p className="govuk-body">Your role does not allow this. Only administrators can use this part of administration.</p>
      <p className="govuk-body">
        {anyArea ? (
          <Link className="govuk-link" to={PATHS.admin}>
            See what you can do in administration
          </Link>
        ) : (
          <Link className="govuk-link" to={PATHS.councilPosition}>
            Go to your council’s position
          </Link>
        )}
      </p>
    </>
  );
}
