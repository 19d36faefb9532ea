import type { ReactNode } from 'react';

import { Link } from '../../router/Link';

/** Props of BackLink. */
export type BackLinkProps = { to: string; children: ReactNode };

/** GOV.UK back link to the page this one was opened from, left out of print (it is no use on paper). */
export function BackLink({ to, children }: BackLinkProps) {
  return (
    <p className="govuk-body app-no-print">
      <Link className="govuk-back-link" to={to}>
        {children}
      </Link>
    </p>
  );
}
