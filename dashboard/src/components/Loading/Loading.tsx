/** Props of Loading. */
export type LoadingProps = { text?: string };

/**
 * A plain loading message. It is not a live region itself: a region added to the page along with
 * its text is often not announced, so pages announce progress through a status region that is
 * always present.
 */
export function Loading({ text = 'Loading…' }: LoadingProps) {
  return <p className="govuk-body app-loading">{text}</p>;
}
