/** Props of ErrorMessage. */
export type ErrorMessageProps = { id: string; children: string };

/** GOV.UK error message above a field; the hidden "Error:" prefix tells screen reader users what it is. */
export function ErrorMessage({ id, children }: ErrorMessageProps) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}
