import type { ReactNode } from 'react';

/** Props of Fact. */
export type FactProps = { label: string; children: ReactNode };

/** One row of a GOV.UK summary list: a label and its value (a fact about what is shown, an account, a token…). */
export function Fact({ label, children }: FactProps) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
