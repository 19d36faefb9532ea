import { useState } from 'react';

import type { ErrorSummaryItem } from '../../components/ErrorSummary/ErrorSummary';
import { pageErrorMessages } from '../../graphql/errors';

/** What went wrong with the last action, for the error summary; key makes it take focus afresh each time. */
export type Problem = { key: number; items: ErrorSummaryItem[] };

const toErrorLike = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Runs the administration pages' actions one at a time: busy while one runs, the API's refusal as
 * error summary items when it fails, and a status line for screen readers when it succeeds.
 */
export function useAdminAction() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const fail = (items: ErrorSummaryItem[]) => setProblem((previous) => ({ key: (previous?.key ?? 0) + 1, items }));
  /** Runs the action; resolves true when it succeeded (and says so), false when it failed (and shows why). */
  const run = async (action: () => Promise<string>): Promise<boolean> => {
    setBusy(true);
    try {
      setStatus(await action());
      setProblem(null);
      return true;
    } catch (error) {
      fail(pageErrorMessages([toErrorLike(error)]).map((m) => ({ text: m.message })));
      return false;
    } finally {
      setBusy(false);
    }
  };
  /** Shows a form's field problems where it has any; true when it did, so the caller goes no further. */
  const refuse = (items: ErrorSummaryItem[]): boolean => {
    if (items.length === 0) return false;
    fail(items);
    return true;
  };
  /** Forgets the last outcome, when the page moves on to something else. */
  const clear = () => {
    setProblem(null);
    setStatus('');
  };
  return { problem, status, busy, run, fail, refuse, clear, clearProblem: () => setProblem(null) };
}
