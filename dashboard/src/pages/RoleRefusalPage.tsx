import type { UserRole } from '../graphql/generated/graphql';
import { StartPageLink } from '../components/StartPageLink/StartPageLink';
import { joinWithAnd } from '../charts/shared/words';
import { ROLE_PLURAL, ROLE_SINGULAR } from '../format/role-words';
import type { Viewer } from '../hooks/useViewer';
import { usePageTitle } from '../hooks/usePageTitle';

/** Props of RoleRefusalPage. */
export type RoleRefusalPageProps = {
  viewer: Viewer;
  /** The page's name, as the navigation gives it to those who may open it. */
  pageName: string;
  /** The roles that may open it. */
  roles: UserRole[];
};

/**
 * What someone sees on opening, by its address, a page their role may not use: the refusal and what
 * to do instead, and nothing else. The page itself is not drawn, so there is no form that looks as
 * though it would work and then fails on every use (GOV.UK's "You do not have permission" pattern).
 */
export function RoleRefusalPage({ viewer, pageName, roles }: RoleRefusalPageProps) {
  usePageTitle(`You cannot open ${pageName} – Touchstone`, false);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot open {pageName}</h1>
        <p className="govuk-body">
          {pageName} is for {joinWithAnd(roles.map((r) => ROLE_PLURAL[r]))}. You are signed in as {ROLE_SINGULAR[viewer.role]}.
        </p>
        <p className="govuk-body">If you need it, ask an administrator to change your account.</p>
        <StartPageLink />
      </div>
    </div>
  );
}
