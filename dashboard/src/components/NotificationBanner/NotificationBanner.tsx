import type { ReactNode, Ref } from 'react';

import { classNames } from '../class-names';

/** Props of NotificationBanner. */
export type NotificationBannerProps = {
  /** The header's words, e.g. "Success" or "Confirm". */
  title: string;
  /** The title's id: the banner's accessible name. */
  titleId: string;
  /** The title's heading level: 2 for a banner about the page, 3 for one inside a section. */
  titleLevel?: 2 | 3;
  /** "alert" announces a banner that appears after an action; "region" makes it a named landmark. */
  role: 'alert' | 'region';
  success?: boolean;
  className?: string;
  /** For a banner that is given focus when it appears (it then takes tabIndex -1). */
  ref?: Ref<HTMLDivElement>;
  /** The content: GOV.UK's heading paragraph and anything after it. */
  children: ReactNode;
};

/** GOV.UK's notification banner: a header with its title, then the content. */
export function NotificationBanner({ title, titleId, titleLevel = 2, role, success, className, ref, children }: NotificationBannerProps) {
  const Title = titleLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      className={classNames('govuk-notification-banner', success && 'govuk-notification-banner--success', className)}
      role={role}
      aria-labelledby={titleId}
      ref={ref}
      tabIndex={ref ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <Title className="govuk-notification-banner__title" id={titleId}>
          {title}
        </Title>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
