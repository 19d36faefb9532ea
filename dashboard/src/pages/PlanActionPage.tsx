import { useMemo, useState } from 'react';

import { BackLink } from '../components/BackLink/BackLink';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary';
import { Loading } from '../components/Loading/Loading';
import { ProgressTimeline } from '../components/ProgressTimeline/ProgressTimeline';
import { Radios } from '../components/Radios/Radios';
import { StatusTag } from '../components/StatusTag/StatusTag';
import { TextInput } from '../components/TextInput/TextInput';
import { Textarea } from '../components/Textarea/Textarea';
import { firstErrorMessage, pageErrorMessages } from '../graphql/errors';
import type { GetPlanActionAction } from '../graphql/queries/getPlanAction';
import { useImprovementPlan } from '../hooks/useImprovementPlan';
import { usePlanAction } from '../hooks/usePlanAction';
import { useDraftForm } from '../hooks/useDraftForm';
import { usePlanChanges } from '../hooks/usePlanChanges';
import type { Viewer } from '../hooks/useViewer';
import { useQueryParam } from '../router/useLocation';
import { Link } from '../router/Link';
import {
  planPath,
  planPermissions,
  type ProgressDraft,
  progressDraftErrors,
  RAG_STATUSES,
  statusWords,
  targetWords,
  todayIso,
} from '../view-models/plan-words';
import './improvement-plan.css';
import { PageErrorSummary } from '../components/ErrorSummary/PageErrorSummary';
import { Fact } from '../components/Fact/Fact';
import { usePageTitle } from '../hooks/usePageTitle';

const SERVICE_TITLE = 'Action – Improvement plan – Touchstone';

/** Props of PlanActionPage. */
export type PlanActionPageProps = { viewer: Viewer };

/** An action's history: what it is, who leads it, its target and status, every progress update as a timeline, and a form to add one. */
export function PlanActionPage(_props: PlanActionPageProps) {
  const actionId = useQueryParam('id');
  const { action, loading, error } = usePlanAction(actionId);
  const { plan } = useImprovementPlan(action?.planId ?? null);
  const place = useMemo(() => {
    for (const heading of plan?.headings ?? [])
      for (const challenge of heading.challenges) if (challenge.id === action?.challengeId) return { heading, challenge };
    return null;
  }, [plan, action?.challengeId]);
  const messages = pageErrorMessages([error]);

  usePageTitle(action ? `${action.description} – ${SERVICE_TITLE}` : SERVICE_TITLE, messages.length > 0 || !actionId);

  if (!actionId)
    return (
      <>
        <ErrorSummary items={[{ text: 'No action was chosen: open an action from the improvement plan.' }]} />
        <h1 className="govuk-heading-l">Action</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/plan">
            Go to the improvement plan
          </Link>
        </p>
      </>
    );

  const permissions = plan ? planPermissions(plan) : { canEdit: false, canAddProgress: false };
  return (
    <>
      {messages.length > 0 ? <ErrorSummary items={messages.map((m) => ({ text: m.message }))} /> : null}
      {plan ? <BackLink to={planPath(plan.council.gssCode, plan.id)}>Back to {plan.title}</BackLink> : null}
      <span className="govuk-caption-l">{plan ? plan.title : 'Improvement plan'}</span>
      <h1 className="govuk-heading-l">{action ? action.description : 'Action'}</h1>
      {loading ? (
        <Loading text="Loading the action…" />
      ) : action ? (
        <>
          <dl className="govuk-summary-list">
            {place ? (
              <>
                <Fact label="Heading">{place.heading.title}</Fact>
                <Fact label="Challenge">{place.challenge.title}</Fact>
              </>
            ) : null}
            <Fact label="Lead">{action.lead}</Fact>
            <Fact label="Target">{targetWords(action.target)}</Fact>
            <Fact label="Status">
              <StatusTag status={action.status} />
              {action.overdue ? (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--red app-status-tag">Overdue</strong>
                </>
              ) : action.dueSoon ? (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--yellow app-status-tag">Due soon</strong>
                </>
              ) : null}
            </Fact>
          </dl>

          <h2 className="govuk-heading-m">Progress</h2>
          <p className="govuk-body">Newest first. Updates are kept as a history: they are never changed or removed.</p>
          <ProgressTimeline entries={action.history} />

          {permissions.canAddProgress ? <ProgressForm action={action} /> : null}
        </>
      ) : null}
    </>
  );
}

const EMPTY_DRAFT = (): ProgressDraft => ({ date: todayIso(), text: '', status: '' });

const PROGRESS_FIELD_IDS: Record<keyof ProgressDraft, string> = { date: 'progress-date', status: 'progress-status', text: 'progress-text' };

/** The form that appends a progress update; the status is chosen in words, so colour is never needed to choose it. */
function ProgressForm({ action }: { action: GetPlanActionAction }) {
  const { addProgress } = usePlanChanges();
  const [added, setAdded] = useState<string | null>(null);
  const { summary, sending, handleSubmit, field } = useDraftForm<ProgressDraft>({
    empty: EMPTY_DRAFT,
    idOf: (key) => PROGRESS_FIELD_IDS[key],
    check: (draft) => progressDraftErrors(draft, todayIso()),
    send: async ({ date, text, status }) => {
      // The check has refused an empty status already; this narrows it for the API.
      if (!status) return;
      await addProgress({ actionId: action.id, date, text: text.trim(), status });
      setAdded(`Progress added: ${statusWords(status)}.`);
    },
    messageOf: firstErrorMessage,
  });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        setAdded(null);
        void handleSubmit(e);
      }}
      className="app-no-print govuk-!-margin-top-6"
    >
      <h2 className="govuk-heading-m">Add a progress update</h2>
      <PageErrorSummary items={summary} />
      <div role="status" className="app-progress-added">
        {added ? <p className="govuk-body govuk-!-font-weight-bold">{added}</p> : null}
      </div>
      <TextInput
        {...field('date')}
        label="Date of the update"
        hint="Today or earlier, as YYYY-MM-DD, for example 2026-03-31."
        inputClassName="govuk-input--width-10"
      />
      <Radios {...field('status')} legend="Status" options={RAG_STATUSES.map((s) => ({ value: s, text: statusWords(s) }))} />
      <Textarea {...field('text')} label="What has happened" />
      <button type="submit" className="govuk-button" disabled={sending}>
        Add progress update
      </button>
    </form>
  );
}
