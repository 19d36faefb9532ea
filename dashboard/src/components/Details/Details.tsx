import type { ReactNode } from 'react';

/** Props of Details. */
export type DetailsProps = { summary: string; children: ReactNode; open?: boolean; className?: string };

/** GOV.UK details: the native <details> element, so it opens and closes without any script. */
export function Details({ summary, children, open, className }: DetailsProps) {
  return (
    <details className={className ? `govuk-details ${className}` : 'govuk-details'} open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
