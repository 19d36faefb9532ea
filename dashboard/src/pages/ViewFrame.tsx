import type { ReactNode } from 'react';

import type { ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { PageErrorSummary } from '../components/ErrorSummary/PageErrorSummary';
import { Loading } from '../components/Loading/Loading';
import { usePageTitle } from '../hooks/usePageTitle';

/** Props of ViewFrame. */
export type ViewFrameProps = {
  /** The window title, naming what is shown; "Error: " is put in front while there are problems. */
  title: string;
  /** The page's problems, summarised above everything else. */
  errorItems: ErrorSummaryItem[];
  /** The caption above the heading: the view's name. */
  caption: string;
  heading: ReactNode;
  /** One sentence saying what the view shows. */
  lead: ReactNode;
  /** What chooses what to show: the form, its loading message, period switches. */
  controls: ReactNode;
  /** What screen readers announce as each view starts loading and arrives. */
  status: string;
  /** While the results load, the loading message stands in their place. */
  loading: boolean;
  loadingText: string;
  /** The results. */
  children: ReactNode;
};

/**
 * The frame every benchmark view shares: error summary, caption, heading and lead, the controls,
 * then a rule and the results. The status region is always present, so screen readers announce
 * each new view as it arrives, and it sits outside the results, so the controls keep the focus
 * while a new view loads.
 */
export function ViewFrame({ title, errorItems, caption, heading, lead, controls, status, loading, loadingText, children }: ViewFrameProps) {
  usePageTitle(title, errorItems.length > 0);
  return (
    <>
      <PageErrorSummary items={errorItems} />
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body-l">{lead}</p>
      {controls}
      <div className="govuk-visually-hidden" role="status">
        {status}
      </div>
      <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
      {loading ? <Loading text={loadingText} /> : children}
    </>
  );
}
