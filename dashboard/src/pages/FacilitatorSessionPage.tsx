import '../sessions.css';

import { type FormEvent, useState } from 'react';

import { type ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { JoinDetails } from '../components/JoinDetails/JoinDetails';
import { Loading } from '../components/Loading/Loading';
import type { StatementPhase } from '../graphql/generated/graphql';
import { firstRadioId, ScoreRadios } from '../components/ScoreRadios/ScoreRadios';
import { SessionSpread } from '../components/SessionSpread/SessionSpread';
import { Textarea } from '../components/Textarea/Textarea';
import { TopTips } from '../components/TopTips/TopTips';
import { getErrorMessages } from '../graphql/errors';
import type { FacilitatorSession, SessionStatement } from '../graphql/queries/getFacilitatorSession';
import { type AgreeInput, useFacilitatorSession } from '../hooks/useFacilitatorSession';
import { usePageAction } from '../hooks/usePageAction';
import type { Viewer } from '../hooks/useViewer';
import { Link } from '../router/Link';
import { assessmentPath, presenterPath } from '../router/session-paths';
import { joinedWords, listWords, revealAnnouncement, scoredWords } from '../view-models/session-words';
import { TableHead } from '../components/TableHead/TableHead';
import { PageErrorSummary } from '../components/ErrorSummary/PageErrorSummary';
import { Fact } from '../components/Fact/Fact';
import { usePageTitle } from '../hooks/usePageTitle';

const TITLE = 'Run the session – Touchstone';

/** Each phase's tag on the list of statements. */
const PHASE_TAGS: Record<StatementPhase | 'NOT_STARTED', { text: string; colour: string }> = {
  NOT_STARTED: { text: 'Not started', colour: 'govuk-tag--grey' },
  SCORING: { text: 'Scoring', colour: 'govuk-tag--blue' },
  REVEALED: { text: 'Revealed', colour: 'govuk-tag--yellow' },
  AGREED: { text: 'Agreed', colour: 'govuk-tag--green' },
  SKIPPED: { text: 'Skipped', colour: 'govuk-tag--grey' },
};

/** Props of FacilitatorSessionPage. */
export type FacilitatorSessionPageProps = { viewer: Viewer; sessionId: string };

/**
 * The facilitator's page for a session: how to join (code, link, QR), who has joined by role, the
 * statement on screen with how many have scored (never what), the reveal, a re-vote after debate,
 * and the agreed level with notes and evidence; the section's top tips when they are due; and the
 * list of the session's statements to move between. Every action's refusal is shown in the error
 * summary with the API's message, and nothing typed is lost.
 */
export function FacilitatorSessionPage({ sessionId }: FacilitatorSessionPageProps) {
  const { session, loading, error, actions } = useFacilitatorSession(sessionId);
  const { errors, setErrors, busy, run } = usePageAction();
  const loadErrors = error ? getErrorMessages(error).map((m) => ({ text: m.message })) : [];
  const summary = [...errors, ...loadErrors];

  usePageTitle(TITLE, summary.length > 0);

  if (!session) {
    return (
      <>
        <PageErrorSummary items={summary} />
        {loading ? <Loading text="Loading the session…" /> : null}
      </>
    );
  }

  const participants = session.participantsByRole.reduce((sum, r) => sum + r.count, 0);
  const current = session.current;
  const ended = session.session.status === 'ENDED';
  const nextItem = nextStatementKey(session);
  const sectionTitles = listWords(session.sections.map((s) => s.title));

  return (
    <>
      <PageErrorSummary items={summary} />
      <div className="govuk-visually-hidden" role="status" aria-live="polite">
        {current?.phase === 'REVEALED' && session.spread
          ? `The scores are revealed. ${revealAnnouncement(session.spread, current.dimensions.length > 1)}`
          : current
            ? scoredWords(session.scoredCount, participants)
            : ''}
      </div>

      <span className="govuk-caption-l">{session.session.mode === 'SURVEY' ? 'Survey' : 'Facilitated session'}</span>
      <h1 className="govuk-heading-l">{sectionTitles}</h1>

      <dl className="govuk-summary-list app-session-facts">
        <Fact label="Status">
          <SessionStatusTag status={session.session.status} />
        </Fact>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Participants</dt>
          <dd className="govuk-summary-list__value" data-testid="participants">
            {joinedWords(session.participantsByRole)}
          </dd>
        </div>
      </dl>

      {session.session.status === 'OPEN' ? (
        <section aria-labelledby="join-heading" className="app-session-join">
          <h2 className="govuk-heading-m" id="join-heading">
            How to join
          </h2>
          <JoinDetails joinCode={session.join.joinCode} joinUrl={session.join.joinUrl} qrSvg={session.join.qrSvg} />
        </section>
      ) : null}

      <div className="govuk-button-group app-no-print">
        <Link className="govuk-button govuk-button--secondary" to={presenterPath(sessionId)}>
          Open the presenter view
        </Link>
        {session.session.status === 'OPEN' ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={busy}
            onClick={() => void run(actions.closeJoining)}
          >
            Close joining
          </button>
        ) : session.session.status === 'JOINING_CLOSED' ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={busy}
            onClick={() => void run(actions.reopenJoining)}
          >
            Let people join again
          </button>
        ) : null}
      </div>

      {ended ? (
        <div className="govuk-inset-text">
          This session has ended. Its scores are in the assessment.{' '}
          <Link className="govuk-link" to={assessmentPath(session.session.assessmentId)}>
            Continue the assessment in another session
          </Link>
          .
        </div>
      ) : null}

      {session.session.mode === 'LIVE' && current ? (
        <CurrentStatement
          key={`${current.item.key}:${current.voteRound}:${current.phase}`}
          session={session}
          current={current}
          participants={participants}
          busy={busy || ended}
          nextItemKey={nextItem}
          onReveal={() => void run(actions.reveal)}
          onRevote={() => void run(actions.revote)}
          onSkip={() => void run(() => actions.skip(current.item.key))}
          onNext={(key) => void run(() => actions.openStatement(key))}
          onAgree={(input) => run(() => actions.agree(input))}
          onErrors={setErrors}
        />
      ) : session.session.mode === 'LIVE' && !ended ? (
        <div className="govuk-inset-text">
          Put the first statement on the screen when everyone has joined.
          {nextItem ? (
            <div className="govuk-!-margin-top-4">
              <button
                type="button"
                className="govuk-button"
                disabled={busy}
                onClick={() => void run(() => actions.openStatement(nextItem))}
              >
                Show the first statement
              </button>
            </div>
          ) : null}
        </div>
      ) : null}

      <StatementList session={session} busy={busy || ended} onOpen={(key) => void run(() => actions.openStatement(key))} />

      {!ended ? (
        <section aria-labelledby="end-heading" className="app-no-print">
          <h2 className="govuk-heading-m" id="end-heading">
            End the session
          </h2>
          <p className="govuk-body">
            Scores of statements not yet agreed go to the assessment as participants&apos; scores. You can carry on in another session.
          </p>
          <button type="button" className="govuk-button govuk-button--warning" disabled={busy} onClick={() => void run(actions.end)}>
            End the session
          </button>
        </section>
      ) : null}

      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={assessmentPath(session.session.assessmentId)}>
          Back to the assessment
        </Link>
      </p>
    </>
  );
}

/** The key of the first statement neither agreed nor skipped after the one on screen (or from the start). */
function nextStatementKey(session: FacilitatorSession): string | null {
  const statements = session.statements;
  const at = session.current ? statements.findIndex((s) => s.item.key === session.current?.item.key) : -1;
  // Statements the assessment already has (agreed in an earlier session, or skipped in the plan) are passed over.
  const open = (s: FacilitatorSession['statements'][number]) =>
    s.phase !== 'AGREED' && s.phase !== 'SKIPPED' && !s.agreedInAssessment && !s.skippedInAssessment;
  return statements.slice(at + 1).find(open)?.item.key ?? statements.slice(0, Math.max(at, 0)).find(open)?.item.key ?? null;
}

/** A session's status as a GOV.UK tag. */
export function SessionStatusTag({ status }: { status: FacilitatorSession['session']['status'] }) {
  const tag =
    status === 'OPEN'
      ? { text: 'Open for joining', colour: 'govuk-tag--green' }
      : status === 'JOINING_CLOSED'
        ? { text: 'Joining closed', colour: 'govuk-tag--yellow' }
        : { text: 'Ended', colour: 'govuk-tag--grey' };
  return <strong className={`govuk-tag ${tag.colour}`}>{tag.text}</strong>;
}

type CurrentStatementProps = {
  session: FacilitatorSession;
  current: SessionStatement;
  participants: number;
  busy: boolean;
  nextItemKey: string | null;
  onReveal: () => void;
  onRevote: () => void;
  onSkip: () => void;
  onNext: (itemKey: string) => void;
  onAgree: (input: AgreeInput) => Promise<boolean>;
  onErrors: (items: ErrorSummaryItem[]) => void;
};

/** The statement on screen: scoring (count only), revealed (spread, re-vote, agree) or agreed (the record and tips). */
function CurrentStatement({
  session,
  current,
  participants,
  busy,
  nextItemKey,
  onReveal,
  onRevote,
  onSkip,
  onNext,
  onAgree,
  onErrors,
}: CurrentStatementProps) {
  const single = current.dimensions.length === 1;
  const section = session.sections.find((s) => s.id === current.section.id);
  return (
    <section aria-labelledby="current-heading" className="app-current-statement">
      <span className="govuk-caption-m">
        {current.section.title} · Statement {current.number} of {current.of}
        {current.voteRound > 1 ? ` · Vote ${current.voteRound}` : ''}
      </span>
      <h2 className="govuk-heading-l" id="current-heading">
        {current.item.text}
      </h2>

      {current.phase === 'SCORING' ? (
        <>
          <p className="govuk-body-l app-scored-count" data-testid="scored-count">
            {scoredWords(session.scoredCount, participants)}
          </p>
          <p className="govuk-body">Scores stay hidden until you reveal them, so nobody anchors on the first or loudest voice.</p>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button" disabled={busy} onClick={onReveal}>
              Reveal the scores
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={onSkip}>
              Not important to us
            </button>
          </div>
        </>
      ) : null}

      {(current.phase === 'REVEALED' || current.phase === 'AGREED') && session.spread ? (
        <SessionSpread spreads={session.spread} showDimensionTitle={!single} />
      ) : null}

      {current.phase === 'REVEALED' ? (
        <>
          <p className="govuk-body">
            Ask the room why they scored as they did. Encourage everyone to speak, and don&apos;t let one voice dominate. Nobody is wrong.
          </p>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={onRevote}>
              Score again after the discussion
            </button>
          </div>
          <AgreeForm current={current} busy={busy} onAgree={onAgree} onErrors={onErrors} />
        </>
      ) : null}

      {current.phase === 'AGREED' && session.agreed ? (
        <>
          <dl className="govuk-summary-list" data-testid="agreed">
            <Fact label="Agreed level">
              {listWords(session.agreed.levels.map((l) => (single ? l.level.label : `${l.dimension.title}: ${l.level.label}`)))}
            </Fact>
            {session.agreed.note ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Notes</dt>
                <dd className="govuk-summary-list__value app-pre-line">{session.agreed.note}</dd>
              </div>
            ) : null}
            {session.agreed.evidence.length > 0 ? (
              <Fact label="Evidence">
                <ul className="govuk-list">
                  {session.agreed.evidence.map((e) => (
                    <li key={e} className="app-break-words">
                      {e}
                    </li>
                  ))}
                </ul>
              </Fact>
            ) : null}
          </dl>
        </>
      ) : null}

      {current.phase === 'SKIPPED' ? <div className="govuk-inset-text">Not important to us: this statement is skipped.</div> : null}

      <TopTips sectionTitle={section?.title ?? current.section.title} tips={session.tips} headingLevel={3} />

      {current.phase === 'AGREED' || current.phase === 'SKIPPED' ? (
        nextItemKey ? (
          <button type="button" className="govuk-button" disabled={busy} onClick={() => onNext(nextItemKey)}>
            Next statement
          </button>
        ) : (
          <div className="govuk-inset-text">Every statement of this session is agreed or skipped. You can end the session.</div>
        )
      ) : null}
    </section>
  );
}

type AgreeFormProps = {
  current: SessionStatement;
  busy: boolean;
  onAgree: (input: AgreeInput) => Promise<boolean>;
  onErrors: (items: ErrorSummaryItem[]) => void;
};

/** Recording the agreed level per scale, with notes and evidence (one per line); what was typed stays if the API refuses it. */
function AgreeForm({ current, busy, onAgree, onErrors }: AgreeFormProps) {
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const single = current.dimensions.length === 1;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing = current.dimensions.filter((d) => !levels[d.key]);
    const errors = Object.fromEntries(
      missing.map((d) => [d.key, single ? 'Choose the agreed level' : `Choose the agreed level for ${d.title.toLowerCase()}`]),
    );
    setFieldErrors(errors);
    if (missing.length > 0) {
      onErrors(missing.map((d) => ({ text: errors[d.key], href: `#${firstRadioId(`agree-${d.key}`, d)}` })));
      return;
    }
    void onAgree({
      itemKey: current.item.key,
      levels: current.dimensions.map((d) => ({ dimensionKey: d.key, levelKey: levels[d.key] })),
      note: note.trim() || null,
      evidence: evidence
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    });
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="app-agree-form">
      <h3 className="govuk-heading-m">Record the agreed level</h3>
      {current.dimensions.map((d) => (
        <ScoreRadios
          key={d.key}
          scale={d}
          legend={single ? 'Agreed level' : `Agreed level: ${d.title}`}
          value={levels[d.key] ?? null}
          onChange={(levelKey) => setLevels((previous) => ({ ...previous, [d.key]: levelKey }))}
          idPrefix={`agree-${d.key}`}
          error={fieldErrors[d.key]}
        />
      ))}
      <Textarea
        labelSize="s"
        name="agree-note"
        label="Notes (optional)"
        hint="What the discussion found. Notes stay within the council."
        value={note}
        onChange={setNote}
      />
      <Textarea
        labelSize="s"
        name="agree-evidence"
        label="Evidence (optional)"
        hint="Links or short descriptions of what backs this level, one per line."
        value={evidence}
        onChange={setEvidence}
        rows={3}
      />
      <button type="submit" className="govuk-button" disabled={busy}>
        Record the agreed level
      </button>
    </form>
  );
}

type StatementListProps = { session: FacilitatorSession; busy: boolean; onOpen: (itemKey: string) => void };

/** The session's statements by section, with each one's phase and agreed level, and a button to put it on screen. */
function StatementList({ session, busy, onOpen }: StatementListProps) {
  return (
    <section aria-labelledby="statements-heading" className="app-statement-list">
      <h2 className="govuk-heading-m" id="statements-heading">
        Statements in this session
      </h2>
      {session.sections.map((section) => (
        <table key={section.id} className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{section.title}</caption>
          <TableHead columns={['Statement', 'Progress', { text: 'Action', hidden: true, noPrint: true }]} />
          <tbody className="govuk-table__body">
            {session.statements
              .filter((s) => s.sectionId === section.id)
              .map((s) => {
                const tag = s.phase
                  ? PHASE_TAGS[s.phase]
                  : s.skippedInAssessment
                    ? { text: 'Skipped in the plan', colour: 'govuk-tag--grey' }
                    : s.agreedInAssessment
                      ? { text: 'Agreed earlier', colour: 'govuk-tag--green' }
                      : PHASE_TAGS.NOT_STARTED;
                const onScreen = session.current?.item.key === s.item.key;
                return (
                  <tr key={s.item.key} className="govuk-table__row">
                    <td className="govuk-table__cell">{s.item.text}</td>
                    <td className="govuk-table__cell">
                      <strong className={`govuk-tag ${tag.colour}`}>{tag.text}</strong>
                      {s.agreed.length > 0 ? (
                        <span className="govuk-body-s app-agreed-level"> {listWords(s.agreed.map((a) => a.level.label))}</span>
                      ) : null}
                    </td>
                    <td className="govuk-table__cell app-no-print">
                      {onScreen ? (
                        <span className="govuk-body-s">On screen</span>
                      ) : session.session.mode === 'LIVE' ? (
                        <button type="button" className="app-link-button govuk-link" disabled={busy} onClick={() => onOpen(s.item.key)}>
                          Show<span className="govuk-visually-hidden"> statement: {s.item.text}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
