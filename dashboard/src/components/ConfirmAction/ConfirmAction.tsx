import { type ReactNode, useEffect, useId, useRef } from 'react';

/** Props of ConfirmAction. */
export type ConfirmActionProps = {
  /** The question, e.g. "Stop sharing Chesterfield's results with PAS?". */
  question: string;
  /** What will happen, and whether it can be undone. */
  children: ReactNode;
  confirmText: string;
  /** A warning (red) button for taking something away: stopping sharing, withdrawing consent. */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before a sharing or destructive action goes ahead: the question, what it means, and "Yes,
 * …" or "Cancel". It takes focus when it appears so keyboard and screen reader users land on the
 * question rather than on a button that has gone quiet. Printed, it is left out with the buttons.
 */
export function ConfirmAction({ question, children, confirmText, destructive = false, onConfirm, onCancel }: ConfirmActionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      className="govuk-notification-banner app-no-print app-focus-target"
      role="region"
      aria-labelledby={titleId}
      ref={ref}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h4 className="govuk-notification-banner__title" id={titleId}>
          Confirm
        </h4>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{question}</p>
        <div className="govuk-body">{children}</div>
        <div className="govuk-button-group">
          <button type="button" className={destructive ? 'govuk-button govuk-button--warning' : 'govuk-button'} onClick={onConfirm}>
            {confirmText}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
