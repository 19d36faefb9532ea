import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useMemo, useState } from 'react';

import { PlanStatusSeriesChart } from '../charts/plan-status-series/PlanStatusSeriesChart';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary';
import { PageErrorSummary } from '../components/ErrorSummary/PageErrorSummary';
import { Loading } from '../components/Loading/Loading';
import { PlanSharingPanel } from '../components/PlanSharingPanel/PlanSharingPanel';
import { Select } from '../components/Select/Select';
import { TextInput } from '../components/TextInput/TextInput';
import { WarningText } from '../components/WarningText/WarningText';
import { firstErrorMessage, pageErrorMessages, withFirstErrorMessage } from '../graphql/errors';
import { GET_COUNCILS } from '../graphql/queries/getCouncils';
import type { GetImprovementPlanPlan } from '../graphql/queries/getImprovementPlan';
import { councilsOffered } from '../view-models/council-choices';
import { defaultCouncilFor } from '../view-models/council-position-choice';
import { useImprovementPlan } from '../hooks/useImprovementPlan';
import { useImprovementPlans } from '../hooks/useImprovementPlans';
import { usePlanBreakthroughCoverage } from '../hooks/usePlanBreakthroughCoverage';
import { usePlanChanges } from '../hooks/usePlanChanges';
import { usePlanStatusSeries } from '../hooks/usePlanStatusSeries';
import { usePageTitle } from '../hooks/usePageTitle';
import { usePlanStatusView } from '../hooks/usePlanStatusView';
import { useUrlChoice } from '../hooks/useUrlChoice';
import type { Viewer } from '../hooks/useViewer';
import { navigate } from '../router/history';
import { Link } from '../router/Link';
import { committeeReportPath, planExportPath } from '../view-models/plan-files';
import { importPath, type PlanPageChoice, parsePlanPage, planPath, planPermissions, serialisePlanPage } from '../view-models/plan-words';

import { PlanByHeading } from './PlanByHeading';
import { PlanByStatus } from './PlanByStatus';
import { PlanCoverageSection } from './PlanCoverageSection';
import { PlanDueSection } from './PlanDueSection';

import './improvement-plan.css';

const SERVICE_TITLE = 'Improvement plan – Touchstone';

/** The ways to view a plan, in the order the page links to them. */
const PLAN_VIEWS: { view: PlanPageChoice['view']; text: string }[] = [
  { view: 'heading', text: 'By heading' },
  { view: 'status', text: 'By status' },
];

/** Props of ImprovementPlanPage. */
export type ImprovementPlanPageProps = { viewer: Viewer };

/**
 * Improvement plan: a council's plan by heading or by status, what is overdue and due soon, counts by
 * status over time, the breakthrough questions it acts on beside the council's own answers, who it is
 * shared with, and its downloads. The council, plan and view are kept in the query string; without a
 * council it shows the viewer's own, and without a plan the newest.
 */
export function ImprovementPlanPage({ viewer }: ImprovementPlanPageProps) {
  const [choice, setChoice] = useUrlChoice(parsePlanPage, serialisePlanPage);
  const councilsQuery = useQuery(GET_COUNCILS);
  const councils = useMemo(
    () => [...(councilsQuery.data?.councils ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    [councilsQuery.data],
  );
  const defaultCouncil = defaultCouncilFor(viewer.councilId, councilsQuery.data?.councils ?? (councilsQuery.error ? [] : undefined));
  // PAS sees a plan only where a council shares it, so no council is assumed for PAS: they choose one.
  const council = choice.council ?? (viewer.role === 'PAS_ANALYST' ? null : defaultCouncil);
  const offered = useMemo(() => councilsOffered(viewer, councils, council), [viewer, councils, council]);
  const councilName = councils.find((c) => c.gssCode === council)?.name ?? council ?? '';

  const { plans, loading: plansLoading, error: plansError } = useImprovementPlans(council);
  const planId = choice.plan ?? plans?.[0]?.id ?? null;
  const { plan, loading: planLoading, error: planError } = useImprovementPlan(planId);

  const errorItems = useMemo(() => {
    const messages = pageErrorMessages([councilsQuery.error, plansError, planError]);
    return [...new Map(messages.map((m) => [m.message, { text: m.message }])).values()];
  }, [councilsQuery.error, plansError, planError]);

  usePageTitle(plan ? `${plan.title} – ${SERVICE_TITLE}` : SERVICE_TITLE, errorItems.length > 0);

  const isOwnCouncil = councils.find((c) => c.gssCode === council)?.id === viewer.councilId;
  const canStart = viewer.role === 'ADMINISTRATOR' || (viewer.role === 'COUNCIL_LEAD' && isOwnCouncil);

  return (
    <>
      <PageErrorSummary items={errorItems} />
      <span className="govuk-caption-l">Improvement plan</span>
      <h1 className="govuk-heading-l">{councilName ? `${councilName}’s improvement plan` : 'Improvement plan'}</h1>
      <p className="govuk-body-l">
        Challenges under the corporate peer challenge&apos;s five core elements and the council&apos;s own themes, each with its outcomes,
        actions, leads, targets and progress.
      </p>

      {offered.length > 1 ? (
        <CouncilChooser
          councils={offered.map((c) => ({ value: c.gssCode, text: c.name }))}
          value={council ?? ''}
          onChoose={(gss) => setChoice({ council: gss, plan: null, view: choice.view })}
        />
      ) : null}

      <div className="govuk-visually-hidden" role="status">
        {plansLoading || planLoading ? 'Loading the plan.' : plan ? `Showing ${plan.title}.` : ''}
      </div>

      {council === null && viewer.role === 'PAS_ANALYST' ? (
        <p className="govuk-body app-no-plan">Choose a council to see its improvement plan, where the council shares it with PAS.</p>
      ) : null}

      {plansLoading || (planId && planLoading) ? (
        <Loading text="Loading the plan…" />
      ) : plans && plans.length === 0 ? (
        <NoPlan councilName={councilName} gssCode={council ?? ''} canStart={canStart} />
      ) : plan ? (
        <>
          {plans && plans.length > 1 ? (
            <nav aria-label="Other plans" className="govuk-!-margin-bottom-4">
              <p className="govuk-body">{councilName} has more than one plan:</p>
              <ul className="govuk-list">
                {plans.map((p) => (
                  <li key={p.id}>
                    {p.id === plan.id ? (
                      <span aria-current="page">{p.title} (shown)</span>
                    ) : (
                      <Link className="govuk-link" to={planPath(council ?? '', p.id)}>
                        {p.title}
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <PlanResults plan={plan} choice={{ ...choice, council }} />
        </>
      ) : null}
    </>
  );
}

type CouncilChooserProps = { councils: { value: string; text: string }[]; value: string; onChoose: (gss: string) => void };

/** The council select, for those who may read more than one council's plans (PAS and administrators). */
function CouncilChooser({ councils, value, onChoose }: CouncilChooserProps) {
  // With no council chosen yet the select shows its first option, so that is what "Show plan" sends.
  const [chosen, setChosen] = useState(value || (councils[0]?.value ?? ''));
  useEffect(() => setChosen(value || (councils[0]?.value ?? '')), [value, councils]);
  return (
    <form
      className="app-choice-form app-no-print"
      onSubmit={(e) => {
        e.preventDefault();
        onChoose(chosen);
      }}
    >
      <Select name="council" label="Council" options={councils} value={chosen} onChange={setChosen} className="govuk-!-width-one-half" />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Show plan
      </button>
    </form>
  );
}

type NoPlanProps = { councilName: string; gssCode: string; canStart: boolean };

/** A council with no plan (or none shared with the viewer); its lead can start one. */
function NoPlan({ councilName, gssCode, canStart }: NoPlanProps) {
  const { createPlan } = usePlanChanges();
  const [title, setTitle] = useState(`${councilName} improvement plan ${new Date().getUTCFullYear()}`);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError('Enter a title for the plan');
      return;
    }
    setSending(true);
    setError(null);
    try {
      const created = await createPlan({ councilGssCode: gssCode, title: title.trim() });
      navigate(planPath(gssCode, created.id), { replace: true });
    } catch (e) {
      setError(firstErrorMessage(e as Error));
      setSending(false);
    }
  };
  return (
    <>
      <p className="govuk-body app-no-plan">
        {councilName} has no improvement plan{canStart ? ' yet' : ' that you can read'}.
        {canStart
          ? ' Start one: it is headed by the five core elements of the corporate peer challenge, and you can add local themes.'
          : ''}
      </p>
      {canStart ? (
        <form noValidate onSubmit={(e) => void handleSubmit(e)}>
          {error ? <ErrorSummary key={error} items={[{ text: error, href: '#plan-title' }]} /> : null}
          <TextInput name="plan-title" label="Plan title" value={title} onChange={setTitle} error={error ?? undefined} />
          <button type="submit" className="govuk-button" disabled={sending}>
            Start the plan
          </button>
        </form>
      ) : null}
    </>
  );
}

type PlanResultsProps = {
  plan: GetImprovementPlanPlan;
  choice: PlanPageChoice;
};

/** A plan: its counts, downloads, what is overdue, the plan by heading or by status, the chart, the coverage and its sharing. */
function PlanResults({ plan, choice }: PlanResultsProps) {
  const { canEdit, canAddProgress } = planPermissions(plan);
  const { statusView, loading: statusLoading } = usePlanStatusView(plan.id);
  const { series } = usePlanStatusSeries(plan.id);
  const { coverage } = usePlanBreakthroughCoverage(plan.id);
  const { setSharing } = usePlanChanges();
  const counts = plan.statusCounts;
  const council = plan.council.gssCode;

  return (
    <section aria-labelledby="plan-heading">
      <h2 className="govuk-heading-l" id="plan-heading">
        {plan.title}
      </h2>
      {plan.isSynthetic ? <WarningText>This plan is synthetic demonstration data</WarningText> : null}
      <p className="govuk-body">
        {counts.total === 0
          ? 'The plan has no actions yet.'
          : `${counts.total} ${counts.total === 1 ? 'action' : 'actions'}: ${counts.red} Red (off track), ${counts.amber} Amber (at risk), ${counts.green} Green (on track), ${counts.blue} Blue (complete) and ${counts.noUpdate} with no update yet.`}
      </p>

      <h3 className="govuk-heading-m app-no-print">Downloads</h3>
      <ul className="govuk-list app-plan-downloads app-no-print">
        <li>
          <a className="govuk-link" href={planExportPath(plan.id, 'xlsx')} download>
            Download the plan as a spreadsheet (.xlsx)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={planExportPath(plan.id, 'csv')} download>
            Download the plan as CSV
          </a>
        </li>
        <li>
          <a className="govuk-link" href={committeeReportPath(plan.id)} download>
            Download the committee report (PDF)
          </a>
        </li>
        {canEdit ? (
          <li className="app-no-print">
            <Link className="govuk-link" to={importPath(plan.id)}>
              Import actions and progress from a spreadsheet
            </Link>
          </li>
        ) : null}
      </ul>

      {statusLoading || !statusView ? <Loading text="Loading what is overdue…" /> : <PlanDueSection statusView={statusView} />}

      <nav className="app-plan-views app-no-print" aria-label="Ways to view the plan">
        <ul className="govuk-list">
          {PLAN_VIEWS.map(({ view, text }) => (
            <li key={view}>
              <Link className="govuk-link" to={planPath(council, plan.id, view)} aria-current={choice.view === view ? 'page' : undefined}>
                {text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {choice.view === 'status' ? (
        statusView ? (
          <PlanByStatus statusView={statusView} />
        ) : null
      ) : (
        <PlanByHeading plan={plan} canEdit={canEdit} />
      )}

      <h3 className="govuk-heading-m govuk-!-margin-top-8">Actions by status over time</h3>
      {series ? (
        <PlanStatusSeriesChart
          data={series}
          title={`${plan.title}: actions by their latest status at the end of each month`}
          fileNameParts={[plan.council.name, 'improvement plan', 'status by month']}
        />
      ) : (
        <Loading text="Loading the chart…" />
      )}

      <h3 className="govuk-heading-m govuk-!-margin-top-8">Breakthrough questions the plan acts on</h3>
      {coverage ? <PlanCoverageSection coverage={coverage} councilName={plan.council.name} /> : <Loading text="Loading the questions…" />}

      <h3 className="govuk-heading-m govuk-!-margin-top-8">Who can read this plan</h3>
      <p className="govuk-body">
        The plan is {plan.council.name}&apos;s own. It is not shared with anyone unless the council lead shares it, and sharing can be
        withdrawn at any time.
        {canAddProgress && !canEdit ? ' You can add progress updates to its actions.' : ''}
      </p>
      <PlanSharingPanel
        councilName={plan.council.name}
        sharedWithPartners={plan.sharedWithPartners}
        sharedWithPas={plan.sharedWithPas}
        canChange={canEdit}
        onChange={(next) => withFirstErrorMessage(setSharing({ planId: plan.id, ...next }))}
      />
    </section>
  );
}
