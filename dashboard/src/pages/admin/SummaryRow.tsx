import type { ReactNode } from 'react';

/** One row of a GOV.UK summary list; long values (emails, file names) wrap rather than widen the page. */
export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-admin-wrap">{children}</dd>
    </div>
  );
}
