import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

/**
 * A page's error summary, shown only while there are problems. Keyed on the problems' words, so a
 * new set of problems shows the summary afresh and it takes focus again.
 */
export function PageErrorSummary({ items }: { items: ErrorSummaryItem[] }) {
  return items.length > 0 ? <ErrorSummary key={items.map((i) => i.text).join('|')} items={items} /> : null;
}
