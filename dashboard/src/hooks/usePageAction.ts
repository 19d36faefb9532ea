import { useState } from 'react';

import type { ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { getErrorMessages } from '../graphql/errors';

/** What usePageAction gives a page: its action errors for the summary, whether one runs, and how to run one. */
export type PageAction = {
  errors: ErrorSummaryItem[];
  setErrors: (items: ErrorSummaryItem[]) => void;
  busy: boolean;
  /** Runs the action; resolves true when it succeeded (and clears the errors), false when the API refused it (and shows why). */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
};

/**
 * A page's actions, one at a time: busy while one runs, so its buttons are disabled, and the API's
 * refusal, in its own words, as the page's error summary items; a later success clears them.
 */
export function usePageAction(): PageAction {
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      setErrors([]);
      return true;
    } catch (caught) {
      setErrors(getErrorMessages(caught as Error).map((m) => ({ text: m.message })));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, busy, run };
}
