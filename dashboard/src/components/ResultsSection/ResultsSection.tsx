import type { ReactNode } from 'react';

/** Props of ResultsSection. */
export type ResultsSectionProps = {
  /** The heading's id, which names the section for assistive technology (and is a link target). */
  headingId: string;
  /** What the figures are about: a council, a framework or a group. */
  heading: ReactNode;
  children: ReactNode;
};

/**
 * A comparison view's results: a region named by its level 2 heading, which says what the figures
 * are about, so a screen reader user can jump from the choices above straight to them.
 */
export function ResultsSection({ headingId, heading, children }: ResultsSectionProps) {
  return (
    <section aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
