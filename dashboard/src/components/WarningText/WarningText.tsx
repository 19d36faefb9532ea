import type { ReactNode } from 'react';

/** Props of WarningText. */
export type WarningTextProps = { children: ReactNode; iconFallbackText?: string };

/** GOV.UK warning text: a "!" icon (hidden from screen readers, which hear "Warning" instead) and bold text. */
export function WarningText({ children, iconFallbackText = 'Warning' }: WarningTextProps) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span>
        {children}
      </strong>
    </div>
  );
}
