import { StartPageLink } from '../components/StartPageLink/StartPageLink';
import { usePageTitle } from '../hooks/usePageTitle';

/** GOV.UK "Page not found" for an address the dashboard does not have. */
export function NotFoundPage() {
  usePageTitle('Page not found – Touchstone', false);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <StartPageLink />
      </div>
    </div>
  );
}
