import { type ReactNode, useEffect, useRef } from 'react';

import { WarningText } from '../WarningText/WarningText';

/** Props of ConfirmAction. */
export type ConfirmActionProps = {
  /** The question, as the page's heading: "Disable jo@example.org?". */
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  /** A warning for what cannot be undone, or what stops at once. */
  warning?: string;
  /** The button's words: "Yes, disable this account". */
  confirmText: string;
  /** Red button for what takes something away (disable, withdraw); green for what adds. */
  destructive?: boolean;
  /** True while the action runs, so it cannot be sent twice. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** 1 when the step is the whole page (its question is the page's heading), 2 inside a page that has its own. */
  headingLevel?: 1 | 2;
};

/**
 * A confirmation step for an action that takes something away or shares something, shown in place
 * of the form that asked for it (GOV.UK's "check before you act" pattern): the heading asks the
 * question, so it takes focus when the step appears and screen readers announce it; Cancel goes
 * back without doing anything. Checked with the keyboard alone: Tab reaches Yes, then Cancel.
 */
export function ConfirmAction({
  title,
  children,
  warning,
  confirmText,
  destructive = false,
  busy = false,
  onConfirm,
  onCancel,
  headingLevel = 1,
}: ConfirmActionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="app-confirm-action" aria-labelledby="confirm-heading">
      <Heading className="govuk-heading-l app-break-words" id="confirm-heading" tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      {children}
      {warning ? <WarningText>{warning}</WarningText> : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className={destructive ? 'govuk-button govuk-button--warning' : 'govuk-button'}
          disabled={busy}
          aria-disabled={busy}
          onClick={onConfirm}
        >
          {confirmText}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
