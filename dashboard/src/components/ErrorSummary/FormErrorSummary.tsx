import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

/** Props of FormErrorSummary. */
export type FormErrorSummaryProps = {
  /** The form's refusals so far (useFormProblems' attempt): each one shows the summary afresh. */
  attempt: number;
  /** The items to show, or null while the form has no problems. */
  items: ErrorSummaryItem[] | null | undefined;
};

/**
 * A form's error summary while it has problems. Keyed on the attempt rather than the words, so a
 * second refusal with the same message still shows the summary anew and it takes focus again.
 */
export function FormErrorSummary({ attempt, items }: FormErrorSummaryProps) {
  return items ? <ErrorSummary key={attempt} items={items} /> : null;
}
