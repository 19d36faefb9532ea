import { useEffect, useRef } from 'react';

/** One problem in the summary; with an href it links to the field to fix. */
export type ErrorSummaryItem = { text: string; href?: string };

/** Props of ErrorSummary. */
export type ErrorSummaryProps = {
  items: ErrorSummaryItem[];
  title?: string;
};

/**
 * GOV.UK error summary. Like GOV.UK Frontend's own script, it moves focus to itself when it
 * appears, so keyboard and screen reader users are taken straight to the problem; role="alert"
 * sits on an inner element, as in GOV.UK Frontend, so the focus move and the announcement do not
 * race and cut each other off.
 */
export function ErrorSummary({ items, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item, index) => (
              <li key={`${index}-${item.text}`}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
