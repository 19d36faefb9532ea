import { useCallback, useState } from 'react';

import { usePageTitle } from './usePageTitle';

/** A form's current problems, the key that re-shows its error summary, and how to report new ones. */
export type FormProblems<TProblems> = { problems: TProblems | null; attempt: number; fail: (next: TProblems) => void };

/**
 * The problems of a form that can be refused, kept the GOV.UK way: while there are any, the page's
 * title starts "Error: " (the first thing a screen reader reads), and each refusal bumps `attempt`,
 * the error summary's key, so the summary is shown afresh and takes focus even when the message is
 * the same as last time.
 */
export function useFormProblems<TProblems>(title: string): FormProblems<TProblems> {
  const [problems, setProblems] = useState<TProblems | null>(null);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(title, problems !== null);
  const fail = useCallback((next: TProblems) => {
    setProblems(next);
    setAttempt((n) => n + 1);
  }, []);
  return { problems, attempt, fail };
}
