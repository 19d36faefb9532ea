import { Link } from '../router/Link';
import { PATHS } from '../router/paths';
import { usePageTitle } from '../hooks/usePageTitle';

/**
 * GOV.UK's "You have signed out" page, shown after signing out: it confirms that the session has
 * ended, so someone on a shared computer knows they can walk away.
 */
export function SignedOutPage() {
  usePageTitle('You have signed out – Touchstone', false);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You have signed out</h1>
        <p className="govuk-body">
          Your session has ended. Nothing you were looking at can be opened on this device without signing in again.
        </p>
        <p className="govuk-body">If you are using a shared computer, close the browser as well.</p>
        <p className="govuk-body">
          <Link to={PATHS.signIn} className="govuk-link">
            Sign in again
          </Link>
        </p>
      </div>
    </div>
  );
}
