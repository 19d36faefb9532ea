import '../sessions.css';

import { type FormEvent, useState } from 'react';

import { type ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { FieldsetField, RadioItems, type RadioItemOption } from '../components/FormGroup/FormGroup';
import { Loading } from '../components/Loading/Loading';
import { ScoreForm } from '../components/ScoreForm/ScoreForm';
import { SessionSpread } from '../components/SessionSpread/SessionSpread';
import { TextInput } from '../components/TextInput/TextInput';
import { TopTips } from '../components/TopTips/TopTips';
import { getErrorMessages } from '../graphql/errors';
import type { ParticipantRole } from '../graphql/generated/graphql';
import type { ParticipantSession } from '../graphql/queries/getParticipantSession';
import { useParticipantSession } from '../hooks/useParticipantSession';
import { navigate } from '../router/history';
import { joinPath } from '../router/session-paths';
import { listWords, revealAnnouncement, ROLE_WORDS, SESSION_ROLES } from '../view-models/session-words';
import { PageErrorSummary } from '../components/ErrorSummary/PageErrorSummary';
import { usePageTitle } from '../hooks/usePageTitle';
import { fieldErrorItems } from '../components/ErrorSummary/field-error-items';

const TITLE = 'Take part – Touchstone';

/** The roles a participant may take part as, each with what it covers. */
const ROLE_OPTIONS: RadioItemOption<ParticipantRole>[] = SESSION_ROLES.map((r) => ({
  value: r,
  text: ROLE_WORDS[r].one[0].toUpperCase() + ROLE_WORDS[r].one.slice(1),
  hint: ROLE_WORDS[r].hint,
}));

/** The API's reasons about the code, so the summary links to the code field. */
const CODE_REASONS = [
  'JOIN_CODE_INVALID',
  'JOIN_CODE_EXPIRED',
  'JOINING_CLOSED',
  'SESSION_ENDED',
  'SESSION_NOT_FOUND',
  'TOO_MANY_JOIN_ATTEMPTS',
];

/** Props of ParticipantPage. */
export type ParticipantPageProps = { code: string | null };

/**
 * A participant's page, for a phone: join with the code on the screen (from the link or QR code, or
 * typed) choosing only a role, then score each statement privately, see the spread when the
 * facilitator reveals it, and the agreed level and top tips. No account: the device keeps a token,
 * so it resumes after a reload or a sleep. Everything is one column of GOV.UK components, with
 * full-size radios and buttons for thumbs.
 */
export function ParticipantPage({ code }: ParticipantPageProps) {
  const participant = useParticipantSession(code);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const failed = participant.error ? getErrorMessages(participant.error) : [];
  const hasError = errors.length > 0 || (participant.joined && failed.length > 0);

  usePageTitle(TITLE, hasError);

  const summaryItems = errors.length > 0 ? errors : participant.joined ? failed.map((m) => ({ text: m.message })) : [];

  return (
    <div className="app-participant">
      <PageErrorSummary items={summaryItems} />
      {!participant.joined ? (
        <JoinForm
          code={code}
          notice={participant.forgottenReason}
          onJoin={async (typed, role) => {
            const joined = await participant.join(typed, role);
            // The code goes into the address, so a reload resumes this session.
            navigate(joinPath(joined), { replace: true });
          }}
          onErrors={setErrors}
        />
      ) : participant.session ? (
        <SessionView session={participant.session} vote={participant.vote} onErrors={setErrors} />
      ) : participant.loading ? (
        <Loading text="Loading the session…" />
      ) : null}
    </div>
  );
}

type JoinFormProps = {
  code: string | null;
  notice: string | null;
  onJoin: (code: string, role: ParticipantRole) => Promise<void>;
  onErrors: (items: ErrorSummaryItem[]) => void;
};

/** Joining: the code (unless the link carried it) and a role; the API's refusals keep what was chosen. */
function JoinForm({ code, notice, onJoin, onErrors }: JoinFormProps) {
  const [typed, setTyped] = useState(code ?? '');
  const [role, setRole] = useState<ParticipantRole | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ code?: string; role?: string }>({});
  const [busy, setBusy] = useState(false);
  // A code from the link that the API refused is shown as a field, so it can be corrected.
  const [showCode, setShowCode] = useState(code === null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const next: { code?: string; role?: string } = {};
    if (!typed.trim()) next.code = 'Enter the code shown on the screen';
    if (!role) next.role = 'Choose your role';
    setFieldErrors(next);
    const items = fieldErrorItems(next, { code: 'join-code', role: 'role-OFFICER' });
    if (next.code) setShowCode(true);
    onErrors(items);
    if (items.length > 0 || !role) return;
    setBusy(true);
    try {
      await onJoin(typed, role);
      onErrors([]);
    } catch (error) {
      const messages = getErrorMessages(error as Error);
      const codeMessage = messages.find((m) => m.reason && CODE_REASONS.includes(m.reason));
      if (codeMessage) {
        setShowCode(true);
        setFieldErrors({ code: codeMessage.message });
      }
      onErrors(messages.map((m) => (m === codeMessage ? { text: m.message, href: '#join-code' } : { text: m.message })));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <span className="govuk-caption-l">Touchstone self-assessment</span>
      <h1 className="govuk-heading-l">Join the session</h1>
      {notice ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">{notice}</p>
          <p className="govuk-body">Join again to take part.</p>
        </div>
      ) : null}
      <p className="govuk-body">You take part anonymously: only your role is recorded, never your name or your device.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        {showCode ? (
          <TextInput
            name="join-code"
            label="Code"
            hint="The 6 letters and numbers on the screen"
            value={typed}
            onChange={setTyped}
            error={fieldErrors.code}
            autoComplete="off"
            spellCheck={false}
            inputClassName="govuk-input--width-10 app-code-input"
          />
        ) : (
          <p className="govuk-body">
            Code: <strong className="app-code">{typed}</strong>
          </p>
        )}
        <FieldsetField
          idPrefix="role"
          legend="What is your role?"
          legendSize="m"
          hint="Roles are shown in the results only where at least 2 people of a role took part."
          error={fieldErrors.role}
        >
          <RadioItems name="role" options={ROLE_OPTIONS} value={role} onChange={setRole} idOf={(option) => `role-${option.value}`} />
        </FieldsetField>
        <button type="submit" className="govuk-button app-wide-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
          Join
        </button>
      </form>
    </>
  );
}

type SessionViewProps = {
  session: ParticipantSession;
  vote: (itemKey: string, levels: { dimensionKey: string; levelKey: string }[]) => Promise<void>;
  onErrors: (items: ErrorSummaryItem[]) => void;
};

/** The session as it stands: waiting, scoring, revealed, agreed or skipped; or every statement of a survey. */
function SessionView({ session, vote, onErrors }: SessionViewProps) {
  const [busy, setBusy] = useState(false);
  const send = async (itemKey: string, levels: { dimensionKey: string; levelKey: string }[]) => {
    setBusy(true);
    try {
      await vote(itemKey, levels);
      onErrors([]);
    } catch (error) {
      // e.g. "the scores were revealed": the page re-reads with the next event, and says why.
      onErrors(getErrorMessages(error as Error).map((m) => ({ text: m.message })));
    } finally {
      setBusy(false);
    }
  };
  const role = ROLE_WORDS[session.role].one;
  const current = session.current;
  const announcement = announce(session);

  return (
    <>
      {/* Always present, so a screen reader announces the reveal and the agreed level as they happen. */}
      <div className="govuk-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {session.status === 'ENDED' ? (
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">The session has ended</h1>
          <div className="govuk-panel__body">Thank you for taking part</div>
        </div>
      ) : session.mode === 'SURVEY' ? (
        <Survey session={session} send={send} busy={busy} onErrors={onErrors} />
      ) : !current ? (
        <>
          <span className="govuk-caption-l">You joined as {withArticle(role)}</span>
          <h1 className="govuk-heading-l">Wait for the first statement</h1>
          <p className="govuk-body">The facilitator will put a statement on the screen. It will appear here too.</p>
        </>
      ) : (
        <Statement
          key={`${current.item.key}:${current.voteRound}`}
          session={session}
          current={current}
          send={send}
          busy={busy}
          onErrors={onErrors}
        />
      )}
    </>
  );
}

/** The levels this participant gave a statement, by scale key; none before they score it. */
const myLevels = (session: ParticipantSession, itemId: string): Record<string, string> =>
  Object.fromEntries(session.myVotes.filter((v) => v.itemId === itemId).map((v) => [v.dimension.key, v.level.key]));

/** What the views that score take: the session, how to send a score, whether one is being sent, where problems go. */
type ScoringProps = {
  session: ParticipantSession;
  send: (itemKey: string, levels: { dimensionKey: string; levelKey: string }[]) => Promise<void>;
  busy: boolean;
  onErrors: (items: ErrorSummaryItem[]) => void;
};

/** A statement of the session, live or in a survey. */
type SessionStatement = NonNullable<ParticipantSession['current']>;

type MyScoreFormProps = ScoringProps & { statement: SessionStatement };

/**
 * The participant's own score of a statement, live or in a survey, with their earlier levels chosen.
 * Its key changes once the statement is scored, so the form starts again from the saved levels.
 */
function MyScoreForm({ session, statement, send, busy, onErrors }: MyScoreFormProps) {
  const mine = myLevels(session, statement.item.id);
  const scored = Object.keys(mine).length > 0;
  return (
    <ScoreForm
      key={scored ? 'scored' : 'unscored'}
      idPrefix={`score-${statement.item.key}`}
      scales={statement.dimensions}
      initial={mine}
      singleLegend="How well does this describe your council?"
      submitText={scored ? 'Change my score' : 'Save my score'}
      onSubmit={(levels) => void send(statement.item.key, levels)}
      onInvalid={onErrors}
      busy={busy}
    />
  );
}

type StatementProps = ScoringProps & { current: SessionStatement };

/** One statement in a live session, in the phase the facilitator has put it in. */
function Statement({ session, current, send, busy, onErrors }: StatementProps) {
  const single = current.dimensions.length === 1;
  const myWords = session.myVotes
    .filter((v) => v.itemId === current.item.id)
    .map((v) => (single ? v.level.label : `${current.dimensions.find((d) => d.key === v.dimension.key)?.title ?? ''}: ${v.level.label}`));
  const scored = myWords.length > 0;

  return (
    <>
      <span className="govuk-caption-m">
        {current.section.title} · Statement {current.number} of {current.of}
      </span>
      <h1 className="govuk-heading-l app-statement">{current.item.text}</h1>
      {current.item.guidance ? <p className="govuk-hint">{current.item.guidance}</p> : null}

      {current.phase === 'SCORING' ? (
        <>
          {current.voteRound > 1 ? (
            <div className="govuk-inset-text">After the discussion, score again. Your earlier score is kept in the record.</div>
          ) : null}
          {scored ? (
            <div className="govuk-inset-text app-my-score">
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Your score: {listWords(myWords)}</p>
              <p className="govuk-body">Nobody else can see it. You can change it until the facilitator reveals the scores.</p>
            </div>
          ) : null}
          {session.canVote ? (
            <MyScoreForm session={session} statement={current} send={send} busy={busy} onErrors={onErrors} />
          ) : (
            <p className="govuk-body">Scoring is closed for this statement.</p>
          )}
        </>
      ) : current.phase === 'REVEALED' ? (
        <>
          <h2 className="govuk-heading-m">The scores</h2>
          {scored ? (
            <p className="govuk-body">Your score: {listWords(myWords)}</p>
          ) : (
            <p className="govuk-body">You did not score this statement.</p>
          )}
          {session.spread ? <SessionSpread spreads={session.spread} showDimensionTitle={!single} /> : null}
          <p className="govuk-body">Discuss the scores. The facilitator may ask everyone to score again.</p>
        </>
      ) : current.phase === 'AGREED' ? (
        <>
          <div className="govuk-panel govuk-panel--confirmation app-agreed-panel">
            <h2 className="govuk-panel__title">Agreed</h2>
            <div className="govuk-panel__body">
              {listWords((session.agreedLevels ?? []).map((a) => (single ? a.level.label : `${a.dimension.title}: ${a.level.label}`)))}
            </div>
          </div>
          {session.spread ? <SessionSpread spreads={session.spread} showDimensionTitle={!single} /> : null}
        </>
      ) : (
        <div className="govuk-inset-text">Not important to us: this statement is skipped.</div>
      )}
      <TopTips sectionTitle={current.section.title} tips={session.tips} />
      {current.phase !== 'SCORING' ? <p className="govuk-body">Wait for the next statement: it will appear here.</p> : null}
    </>
  );
}

type SurveyProps = ScoringProps;

/** Survey mode: every statement of the session's sections, each scored and saved on its own, at the participant's own pace. */
function Survey({ session, send, busy, onErrors }: SurveyProps) {
  const closes = session.surveyClosesAt ? new Date(session.surveyClosesAt) : null;
  return (
    <>
      <span className="govuk-caption-l">Survey</span>
      <h1 className="govuk-heading-l">Score each statement</h1>
      <p className="govuk-body">
        Score at your own pace; each score is saved when you press its button.
        {closes ? ` The survey closes on ${closes.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.` : ''}
      </p>
      {session.surveyStatements.map((statement) => {
        const scored = Object.keys(myLevels(session, statement.item.id)).length > 0;
        return (
          <section key={statement.item.key} className="app-survey-statement" aria-labelledby={`statement-${statement.item.key}`}>
            <span className="govuk-caption-m">
              {statement.section.title} · Statement {statement.number} of {statement.of}
            </span>
            <h2 className="govuk-heading-m" id={`statement-${statement.item.key}`}>
              {statement.item.text}
            </h2>
            {scored ? (
              <strong className="govuk-tag govuk-tag--green">Saved</strong>
            ) : (
              <strong className="govuk-tag govuk-tag--grey">Not scored</strong>
            )}
            <MyScoreForm session={session} statement={statement} send={send} busy={busy || !session.canVote} onErrors={onErrors} />
          </section>
        );
      })}
    </>
  );
}

const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** What the live region says about the statement on screen: the reveal, the agreed level or a re-vote. */
function announce(session: ParticipantSession): string {
  const current = session.current;
  if (session.status === 'ENDED') return 'The session has ended.';
  if (!current) return '';
  const single = current.dimensions.length === 1;
  switch (current.phase) {
    case 'REVEALED':
      return `The scores are revealed. ${revealAnnouncement(session.spread ?? [], !single)}`;
    case 'AGREED':
      return `Agreed: ${listWords((session.agreedLevels ?? []).map((a) => a.level.label))}.`;
    case 'SKIPPED':
      return 'This statement is skipped as not important.';
    case 'SCORING':
      return current.voteRound > 1
        ? `Score again: statement ${current.number} of ${current.of}.`
        : `Statement ${current.number} of ${current.of}: ${current.item.text}`;
  }
}
