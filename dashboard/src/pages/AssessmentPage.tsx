import '../sessions.css';

import { type FormEvent, useState } from 'react';

import { Checkboxes } from '../components/Checkboxes/Checkboxes';
import { type ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { Loading } from '../components/Loading/Loading';
import { Radios, type RadioOption } from '../components/Radios/Radios';
import type { SessionMode } from '../graphql/generated/graphql';
import { SuccessBanner } from '../components/SuccessBanner/SuccessBanner';
import { TextInput } from '../components/TextInput/TextInput';
import { WarningText } from '../components/WarningText/WarningText';
import { formatDateTime } from '../format/format-date-time';
import { pageErrorMessages } from '../graphql/errors';
import type { GetAssessmentAssessment, GetAssessmentSession } from '../graphql/queries/getAssessment';
import { serialiseChoice, DEFAULT_CHOICE } from '../view-models/council-position-choice';
import { useAssessment } from '../hooks/useAssessment';
import { usePageAction } from '../hooks/usePageAction';
import type { Viewer } from '../hooks/useViewer';
import { navigate } from '../router/history';
import { Link } from '../router/Link';
import { PATHS } from '../router/paths';
import { facilitatorPath } from '../router/session-paths';
import { listWords, roleCount, SESSION_ROLES } from '../view-models/session-words';
import { TableHead } from '../components/TableHead/TableHead';
import { PageErrorSummary } from '../components/ErrorSummary/PageErrorSummary';
import { usePageTitle } from '../hooks/usePageTitle';
import { fieldErrorItems } from '../components/ErrorSummary/field-error-items';

import { AssessmentPlanForm, type PlanValues } from './AssessmentPlanForm';

const TITLE = 'Assessment – Touchstone';

/** Props of AssessmentPage. */
export type AssessmentPageProps = { viewer: Viewer; assessmentId: string };

/**
 * One assessment: its plan, its sessions (open a new one, continue one), and the review of coverage
 * (statements agreed, skipped and unscored) before the lead submits. Once submitted, a panel says
 * so and links to the council position page for the round.
 */
export function AssessmentPage({ viewer, assessmentId }: AssessmentPageProps) {
  const { assessment, sessions, loading, error, plan, openSession, submit } = useAssessment(assessmentId);
  const { errors, setErrors, busy, run: runAction } = usePageAction();
  const [notice, setNotice] = useState<string | null>(null);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const loadErrors = pageErrorMessages([error]).map((m) => ({ text: m.message }));
  const summary = [...errors, ...loadErrors];

  usePageTitle(assessment ? `${assessment.framework.title}, ${assessment.round} – ${TITLE}` : TITLE, summary.length > 0);

  const run = async (action: () => Promise<void>, done?: string): Promise<void> => {
    setNotice(null);
    if ((await runAction(action)) && done) setNotice(done);
  };

  if (!assessment) {
    return (
      <>
        <PageErrorSummary items={summary} />
        {loading ? <Loading text="Loading the assessment…" /> : null}
      </>
    );
  }

  const draft = assessment.status === 'DRAFT';
  const isLead = viewer.role === 'COUNCIL_LEAD' || viewer.role === 'ADMINISTRATOR';
  const positionLink = `${PATHS.councilPosition}${serialiseChoice({
    ...DEFAULT_CHOICE,
    council: assessment.council.gssCode,
    framework: assessment.framework.key,
    round: assessment.round as typeof DEFAULT_CHOICE.round,
  })}`;

  return (
    <>
      <PageErrorSummary items={summary} />
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      {justSubmitted || assessment.status === 'SUBMITTED' ? (
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Assessment submitted</h1>
          <div className="govuk-panel__body">
            {assessment.framework.title}, {assessment.round}
            {assessment.submittedAt ? (
              <>
                <br />
                {formatDateTime(assessment.submittedAt)}
              </>
            ) : null}
          </div>
        </div>
      ) : (
        <>
          <span className="govuk-caption-l">{assessment.council.name}</span>
          <h1 className="govuk-heading-l">
            {assessment.framework.title}, {assessment.round}
          </h1>
        </>
      )}

      {assessment.status !== 'DRAFT' ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={positionLink}>
            See {assessment.council.name}&apos;s position for {assessment.round}
          </Link>
        </p>
      ) : null}
      {draft && assessment.supersedesId ? (
        <div className="govuk-inset-text">
          When this draft is submitted, it replaces the council&apos;s earlier submission for {assessment.round}, which is kept as history.
        </div>
      ) : null}

      <h2 className="govuk-heading-m">Participants</h2>
      <p className="govuk-body" data-testid="assessment-participants">
        {assessment.participantCount === 0
          ? 'Nobody has scored yet.'
          : `${assessment.participantCount} scored: ${listWords(
              SESSION_ROLES.map((role) => ({ role, count: assessment.participantsByRole.find((r) => r.role === role)?.count ?? 0 }))
                .filter((r) => r.count > 0)
                .map((r) => roleCount(r.role, r.count)),
            )}.`}
      </p>

      {draft ? (
        <section aria-labelledby="plan-heading">
          <h2 className="govuk-heading-m" id="plan-heading">
            Plan
          </h2>
          <AssessmentPlanForm
            key={assessment.id}
            assessment={assessment}
            busy={busy}
            onSave={(values: PlanValues) => void run(() => plan(values), 'The plan is saved.')}
          />
        </section>
      ) : null}

      <section aria-labelledby="sessions-heading">
        <h2 className="govuk-heading-m" id="sessions-heading">
          Sessions
        </h2>
        {sessions && sessions.length > 0 ? <SessionTable sessions={sessions} /> : <p className="govuk-body">No sessions yet.</p>}
        {draft ? (
          <OpenSessionForm
            assessment={assessment}
            busy={busy}
            onOpen={(keys, mode, days) =>
              void run(async () => {
                const id = await openSession(keys, mode, days);
                navigate(facilitatorPath(id));
              })
            }
            onErrors={setErrors}
          />
        ) : null}
      </section>

      <Coverage assessment={assessment} />

      {draft ? (
        <section aria-labelledby="submit-heading">
          <h2 className="govuk-heading-m" id="submit-heading">
            Submit the assessment
          </h2>
          {assessment.coverage.unscored > 0 ? (
            <WarningText>
              {`${assessment.coverage.unscored} ${assessment.coverage.unscored === 1 ? 'statement has' : 'statements have'} no scores: ${assessment.coverage.unscored === 1 ? 'it counts' : 'they count'} as unanswered.`}
            </WarningText>
          ) : null}
          <p className="govuk-body">Once submitted, the assessment can no longer be changed. To change it later, assess the round again.</p>
          {isLead ? (
            <button
              type="button"
              className="govuk-button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await submit();
                  setJustSubmitted(true);
                })
              }
            >
              Submit the assessment
            </button>
          ) : (
            <p className="govuk-body">Only the council&apos;s lead can submit it.</p>
          )}
        </section>
      ) : null}

      <p className="govuk-body">
        <Link className="govuk-link" to={PATHS.assessments}>
          All assessments
        </Link>
      </p>
    </>
  );
}

/** The sessions so far, newest first, with a link to continue each. */
function SessionTable({ sessions }: { sessions: GetAssessmentSession[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-visually-hidden">Sessions of this assessment</caption>
      <TableHead columns={['Sections', 'Status', 'Progress', { text: 'Action', hidden: true }]} />
      <tbody className="govuk-table__body">
        {sessions.map((s) => (
          <tr key={s.session.id} className="govuk-table__row">
            <td className="govuk-table__cell">
              {listWords(s.sections.map((section) => section.title))}
              <span className="govuk-body-s app-block">
                {s.session.mode === 'SURVEY' ? 'Survey' : 'Live session'}, code <span className="app-code">{s.session.joinCode}</span>
              </span>
            </td>
            <td className="govuk-table__cell">
              <strong className={`govuk-tag ${s.session.status === 'ENDED' ? 'govuk-tag--grey' : 'govuk-tag--green'}`}>
                {s.session.status === 'ENDED' ? 'Ended' : s.session.status === 'OPEN' ? 'Open' : 'Joining closed'}
              </strong>
            </td>
            <td className="govuk-table__cell">
              {s.participantCount} joined, {s.agreedCount} agreed, {s.skippedCount} skipped
            </td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={facilitatorPath(s.session.id)}>
                {s.session.status === 'ENDED' ? 'View' : 'Continue'}
                <span className="govuk-visually-hidden"> session {s.session.joinCode}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const OPEN_MODE_OPTIONS: RadioOption<SessionMode>[] = [
  { value: 'LIVE', text: 'In a live session', hint: 'You show one statement at a time and reveal the scores.' },
  { value: 'SURVEY', text: 'By a survey link open for some days', hint: 'Each person scores every statement at their own pace.' },
];

type OpenSessionFormProps = {
  assessment: GetAssessmentAssessment;
  busy: boolean;
  onOpen: (sectionKeys: string[], mode: SessionMode, surveyDays: number | null) => void;
  onErrors: (items: ErrorSummaryItem[]) => void;
};

/** Opening a session on one or more of the plan's sections, live or as a survey link open for some days. */
function OpenSessionForm({ assessment, busy, onOpen, onErrors }: OpenSessionFormProps) {
  const included = assessment.framework.sections.filter((s) => assessment.includedSections.some((i) => i.key === s.key));
  const done = new Set(assessment.coverage.sections.filter((c) => c.done).map((c) => c.section.key));
  const [keys, setKeys] = useState<string[]>([]);
  const [mode, setMode] = useState<SessionMode>('LIVE');
  const [days, setDays] = useState('7');
  const [fieldErrors, setFieldErrors] = useState<{ sections?: string; days?: string }>({});
  const sectionLabel = assessment.framework.sectionLabel.toLowerCase();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: { sections?: string; days?: string } = {};
    if (keys.length === 0) next.sections = `Choose at least one ${sectionLabel}`;
    const surveyDays = Number(days);
    if (mode === 'SURVEY' && !(Number.isInteger(surveyDays) && surveyDays >= 1 && surveyDays <= 60))
      next.days = 'Enter a number of days from 1 to 60';
    setFieldErrors(next);
    const items = fieldErrorItems(next, { sections: 'open-sections', days: 'open-days' });
    onErrors(items);
    if (items.length === 0) onOpen(keys, mode, mode === 'SURVEY' ? surveyDays : null);
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="app-open-session">
      <h3 className="govuk-heading-m">Open a session</h3>
      <Checkboxes
        legend={`Which ${sectionLabel}s will this session cover?`}
        legendSize="s"
        hint="Participants join with a code, a link or a QR code on their phones."
        idPrefix="open-sections"
        options={included.map((s) => ({ value: s.key, text: s.title, hint: done.has(s.key) ? 'Already agreed' : undefined }))}
        values={keys}
        onChange={setKeys}
        error={fieldErrors.sections}
        small
      />
      <Radios name="open-mode" legend="How will people take part?" options={OPEN_MODE_OPTIONS} value={mode} onChange={setMode} small />
      {mode === 'SURVEY' ? (
        <TextInput
          name="open-days"
          label="Days the link stays open"
          value={days}
          onChange={setDays}
          error={fieldErrors.days}
          inputClassName="govuk-input--width-3"
        />
      ) : null}
      <button type="submit" className="govuk-button" disabled={busy}>
        Open the session
      </button>
    </form>
  );
}

/** Coverage before submitting: per included section, statements agreed, scored only, unscored and skipped. */
function Coverage({ assessment }: { assessment: GetAssessmentAssessment }) {
  const { coverage } = assessment;
  const rows = coverage.sections.filter((s) => s.included);
  return (
    <section aria-labelledby="coverage-heading">
      <h2 className="govuk-heading-m" id="coverage-heading">
        Coverage
      </h2>
      <dl className="govuk-summary-list" data-testid="coverage-totals">
        {(
          [
            ['Agreed', coverage.agreed],
            ['Scored, not agreed', coverage.scoredOnly],
            ['Unscored', coverage.unscored],
            ['Skipped as not important', coverage.skipped],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">
              {value} of {coverage.total + (label === 'Skipped as not important' ? coverage.skipped : 0)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="app-table-scroll">
        <table className="govuk-table app-coverage-table">
          <caption className="govuk-table__caption govuk-table__caption--s">By {assessment.framework.sectionLabel.toLowerCase()}</caption>
          <TableHead
            columns={[
              assessment.framework.sectionLabel,
              { text: 'Agreed', numeric: true },
              { text: 'Scored only', numeric: true },
              { text: 'Unscored', numeric: true },
              { text: 'Skipped', numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {rows.map((s) => (
              <tr key={s.section.key} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {s.section.title}
                  {s.done ? (
                    <>
                      {' '}
                      <strong className="govuk-tag govuk-tag--green">Done</strong>
                    </>
                  ) : null}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {s.agreed} of {s.total}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{s.scoredOnly}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{s.unscored}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{s.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
