import type { ReactNode } from 'react';

/** GOV.UK's success notification banner: what an action just did, announced as it appears. */
export function SuccessBanner({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading app-admin-wrap">{children}</p>
      </div>
    </div>
  );
}
