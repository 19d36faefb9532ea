import { Details } from '../components/Details/Details';
import { PlanActionForm } from '../components/PlanActionForm/PlanActionForm';
import { PlanActionsTable } from '../components/PlanActionsTable/PlanActionsTable';
import { Fact } from '../components/Fact/Fact';
import { withFirstErrorMessage } from '../graphql/errors';
import type { GetImprovementPlanPlan } from '../graphql/queries/getImprovementPlan';
import { usePlanChanges } from '../hooks/usePlanChanges';
import { actionPath, sourceWords } from '../view-models/plan-words';

/** Props of PlanByHeading. */
export type PlanByHeadingProps = { plan: GetImprovementPlanPlan; canEdit: boolean };

/**
 * The plan by heading: each core element and local theme with its challenges; each challenge says
 * where it came from, its outcomes and its actions, and the lead can add an action to it.
 */
export function PlanByHeading({ plan, canEdit }: PlanByHeadingProps) {
  const { addAction } = usePlanChanges();
  return (
    <div className="app-plan-by-heading">
      <h3 className="govuk-heading-m">The plan by heading</h3>
      {plan.headings.map((heading) => (
        <section key={heading.id} className="app-plan-heading" aria-labelledby={`heading-${heading.id}`}>
          <h4 className="govuk-heading-m app-plan-heading__title" id={`heading-${heading.id}`}>
            {heading.title}
            <span className="govuk-caption-m">{heading.kind === 'CORE_ELEMENT' ? 'Core element' : 'Local theme'}</span>
          </h4>
          {heading.challenges.length === 0 ? <p className="govuk-body">No challenges under this heading yet.</p> : null}
          {heading.challenges.map((challenge) => (
            <div key={challenge.id} className="govuk-summary-card app-plan-challenge">
              <div className="govuk-summary-card__title-wrapper">
                <h5 className="govuk-summary-card__title">{challenge.title}</h5>
              </div>
              <div className="govuk-summary-card__content">
                <dl className="govuk-summary-list">
                  <Fact label="From">{sourceWords(challenge.source)}</Fact>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Outcomes and measures of success</dt>
                    <dd className="govuk-summary-list__value app-pre-line">{challenge.outcomes || 'None written yet'}</dd>
                  </div>
                </dl>
                <PlanActionsTable
                  caption={`Actions for: ${challenge.title}`}
                  rows={challenge.actions}
                  historyPath={actionPath}
                  emptyText="No actions yet."
                />
                {canEdit ? (
                  <Details summary="Add an action" className="app-no-print">
                    <PlanActionForm
                      idPrefix={`action-${challenge.id}`}
                      challengeTitle={challenge.title}
                      onSubmit={(draft) => withFirstErrorMessage(addAction({ challengeId: challenge.id, ...draft }))}
                    />
                  </Details>
                ) : null}
              </div>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
