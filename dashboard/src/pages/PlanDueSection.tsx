import { PlanActionsTable } from '../components/PlanActionsTable/PlanActionsTable';
import type { GetPlanStatusViewResult } from '../graphql/queries/getPlanStatusView';
import { actionPath, dayWords } from '../view-models/plan-words';

/** Props of PlanDueSection. */
export type PlanDueSectionProps = { statusView: GetPlanStatusViewResult };

/** What needs attention: actions whose target has passed and are not complete, most overdue first, then those due soon. */
export function PlanDueSection({ statusView }: PlanDueSectionProps) {
  const rows = (entries: GetPlanStatusViewResult['overdue'], overdue: boolean) =>
    entries.map((entry) => ({ ...entry.action, overdue, place: `${entry.headingTitle}: ${entry.challengeTitle}` }));
  return (
    <div className="app-plan-due">
      <h3 className="govuk-heading-m" id="overdue-heading">
        Overdue ({statusView.overdue.length})
      </h3>
      <p className="govuk-body">Actions whose target passed before {dayWords(statusView.asOf)} and that are not Blue (complete).</p>
      <PlanActionsTable
        caption="Overdue actions, most overdue first"
        captionHidden
        rows={rows(statusView.overdue, true)}
        historyPath={actionPath}
        emptyText="No actions are overdue."
      />
      <h3 className="govuk-heading-m" id="due-soon-heading">
        Due soon ({statusView.dueSoon.length})
      </h3>
      <p className="govuk-body">Actions due in the next {statusView.dueSoonDays} days that are not Blue (complete).</p>
      <PlanActionsTable
        caption={`Actions due in the next ${statusView.dueSoonDays} days, soonest first`}
        captionHidden
        rows={rows(statusView.dueSoon, false)}
        historyPath={actionPath}
        emptyText="No actions are due in that time."
      />
    </div>
  );
}
