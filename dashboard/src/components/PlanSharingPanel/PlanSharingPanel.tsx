import { useEffect, useRef, useState } from 'react';

import { NotificationBanner } from '../NotificationBanner/NotificationBanner';

/** Who a plan can be shared with. */
export type PlanAudience = 'partners' | 'pas';

/** Props of PlanSharingPanel. */
export type PlanSharingPanelProps = {
  councilName: string;
  sharedWithPartners: boolean;
  sharedWithPas: boolean;
  /** Only the council's lead (and administrators) may change the sharing; others are told who can. */
  canChange: boolean;
  /** Resolves once the change is stored; rejects with a message to show. */
  onChange: (next: { withPartners: boolean; withPas: boolean }) => Promise<void>;
};

const AUDIENCE_WORDS: Record<PlanAudience, string> = {
  partners: 'the council’s collaboration partners (councils in its collaboration groups that have consented to share)',
  pas: 'the Planning Advisory Service (PAS)',
};
const SHORT_WORDS: Record<PlanAudience, string> = { partners: 'collaboration partners', pas: 'PAS' };

/**
 * Who can read the plan besides the council: off by default, each audience shared or withdrawn on
 * its own, and every change asks to be confirmed first, saying what the other side will see. The
 * confirmation takes focus so keyboard and screen reader users land on the question; after it,
 * focus returns to the button that asked.
 */
export function PlanSharingPanel({ councilName, sharedWithPartners, sharedWithPas, canChange, onChange }: PlanSharingPanelProps) {
  const [asking, setAsking] = useState<PlanAudience | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const shared: Record<PlanAudience, boolean> = { partners: sharedWithPartners, pas: sharedWithPas };

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  const confirm = async () => {
    if (!asking) return;
    setSending(true);
    setError(null);
    try {
      await onChange({
        withPartners: asking === 'partners' ? !sharedWithPartners : sharedWithPartners,
        withPas: asking === 'pas' ? !sharedWithPas : sharedWithPas,
      });
      setAsking(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="app-plan-sharing">
      <dl className="govuk-summary-list">
        {(['partners', 'pas'] as const).map((audience) => (
          <div key={audience} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Shared with {SHORT_WORDS[audience]}</dt>
            <dd className="govuk-summary-list__value">
              {shared[audience] ? (
                <strong className="govuk-tag govuk-tag--green">Shared</strong>
              ) : (
                <strong className="govuk-tag govuk-tag--grey">Not shared</strong>
              )}
            </dd>
            {canChange ? (
              <dd className="govuk-summary-list__actions">
                <button type="button" className="app-link-button" onClick={() => setAsking(audience)} disabled={sending}>
                  {shared[audience] ? 'Withdraw' : 'Share'}
                  <span className="govuk-visually-hidden"> the plan with {SHORT_WORDS[audience]}</span>
                </button>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      {!canChange ? <p className="govuk-body">Only {councilName}&apos;s council lead can change who the plan is shared with.</p> : null}

      {asking ? (
        <NotificationBanner
          title="Confirm"
          titleId="plan-sharing-confirm-title"
          titleLevel={3}
          role="region"
          className="app-plan-sharing__confirm"
          ref={confirmRef}
        >
          <p className="govuk-notification-banner__heading">
            {shared[asking]
              ? `Stop sharing ${councilName}’s improvement plan with ${SHORT_WORDS[asking]}?`
              : `Share ${councilName}’s improvement plan with ${SHORT_WORDS[asking]}?`}
          </p>
          <p className="govuk-body">
            {shared[asking]
              ? `${AUDIENCE_WORDS[asking]} will no longer be able to read the plan. You can share it again at any time.`
              : `${AUDIENCE_WORDS[asking].charAt(0).toUpperCase()}${AUDIENCE_WORDS[asking].slice(1)} will be able to read every heading, challenge, action and progress update in this plan, and download it. You can withdraw it at any time.`}
          </p>
          {error ? <p className="govuk-error-message">{error}</p> : null}
          <div className="govuk-button-group">
            <button
              type="button"
              className={shared[asking] ? 'govuk-button govuk-button--warning' : 'govuk-button'}
              onClick={() => void confirm()}
              disabled={sending}
            >
              {shared[asking] ? `Yes, stop sharing with ${SHORT_WORDS[asking]}` : `Yes, share with ${SHORT_WORDS[asking]}`}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setAsking(null)} disabled={sending}>
              Cancel
            </button>
          </div>
        </NotificationBanner>
      ) : null}
    </div>
  );
}
