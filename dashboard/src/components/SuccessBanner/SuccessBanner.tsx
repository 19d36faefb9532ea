import type { ReactNode } from 'react';

import { classNames } from '../class-names';

/** Props of SuccessBanner. */
export type SuccessBannerProps = {
  /** What the action just did. */
  children: ReactNode;
  /** Further classes for the message, such as one that wraps long email addresses. */
  headingClassName?: string;
};

/** GOV.UK's success notification banner: what an action just did, announced as it appears. */
export function SuccessBanner({ children, headingClassName }: SuccessBannerProps) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className={classNames('govuk-notification-banner__heading', headingClassName)}>{children}</p>
      </div>
    </div>
  );
}
