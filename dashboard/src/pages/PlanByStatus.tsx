import { PlanActionsTable } from '../components/PlanActionsTable/PlanActionsTable';
import type { GetPlanStatusViewResult } from '../graphql/queries/getPlanStatusView';
import { actionPath } from '../view-models/plan-words';

/** Props of PlanByStatus. */
export type PlanByStatusProps = { statusView: GetPlanStatusViewResult };

/** The plan by status: Red, Amber, Green, Blue (complete), then actions with no update yet, each with where it sits. */
export function PlanByStatus({ statusView }: PlanByStatusProps) {
  return (
    <div className="app-plan-by-status">
      <h3 className="govuk-heading-m">The plan by status</h3>
      {statusView.byStatus.map((group) => (
        <section key={group.status ?? 'none'} aria-labelledby={`status-${group.status ?? 'none'}`}>
          <h4 className="govuk-heading-s" id={`status-${group.status ?? 'none'}`}>
            {group.label} ({group.actions.length})
          </h4>
          <PlanActionsTable
            caption={`Actions whose latest status is ${group.label}`}
            captionHidden
            rows={group.actions.map((entry) => ({ ...entry.action, place: `${entry.headingTitle}: ${entry.challengeTitle}` }))}
            historyPath={actionPath}
            emptyText="None."
          />
        </section>
      ))}
    </div>
  );
}
