import type { ReactNode } from 'react';

import { classNames } from '../class-names';
import { NotificationBanner } from '../NotificationBanner/NotificationBanner';

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
    <NotificationBanner title="Success" titleId="success-banner-title" role="alert" success>
      <p className={classNames('govuk-notification-banner__heading', headingClassName)}>{children}</p>
    </NotificationBanner>
  );
}
