import '../sessions.css';

import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary';
import { JoinDetails } from '../components/JoinDetails/JoinDetails';
import { Loading } from '../components/Loading/Loading';
import { SessionSpread } from '../components/SessionSpread/SessionSpread';
import { TopTips } from '../components/TopTips/TopTips';
import { getErrorMessages } from '../graphql/errors';
import { usePresenterSession } from '../hooks/usePresenterSession';
import type { Viewer } from '../hooks/useViewer';
import { Link } from '../router/Link';
import { facilitatorPath } from '../router/session-paths';
import { listWords, revealAnnouncement, scoredWords } from '../view-models/session-words';
import { usePageTitle } from '../hooks/usePageTitle';

const TITLE = 'Presenter view – Touchstone';

/** Props of PresenterPage. */
export type PresenterPageProps = { viewer: Viewer; sessionId: string };

/**
 * The projector's view of a session, in large type: the join code and QR code while joining is
 * open, the statement, how many have scored, and the spread once revealed; never notes or
 * evidence. It follows the facilitator's page by itself, through the same subscription.
 */
export function PresenterPage({ sessionId }: PresenterPageProps) {
  const { session, loading, error } = usePresenterSession(sessionId);
  usePageTitle(TITLE, error !== undefined);

  if (!session) {
    return (
      <>
        {error ? <ErrorSummary items={getErrorMessages(error).map((m) => ({ text: m.message }))} /> : null}
        {loading ? <Loading text="Loading the session…" /> : null}
      </>
    );
  }

  const current = session.current;
  const single = (current?.dimensions.length ?? 1) === 1;
  return (
    <div className="app-presenter">
      <div className="govuk-visually-hidden" role="status" aria-live="polite">
        {current?.phase === 'REVEALED' && session.spread ? `The scores are revealed. ${revealAnnouncement(session.spread, !single)}` : ''}
      </div>
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={facilitatorPath(sessionId)}>
          Back to the facilitator&apos;s page
        </Link>
      </p>
      {session.status === 'ENDED' ? (
        <h1 className="govuk-heading-xl">The session has ended. Thank you for taking part.</h1>
      ) : !current ? (
        <h1 className="govuk-heading-xl">Join the session</h1>
      ) : (
        <>
          <span className="govuk-caption-xl">
            {current.section.title} · Statement {current.number} of {current.of}
          </span>
          <h1 className="govuk-heading-xl app-presenter__statement">{current.item.text}</h1>
        </>
      )}

      {session.join ? (
        <JoinDetails joinCode={session.join.joinCode} joinUrl={session.join.joinUrl} qrSvg={session.join.qrSvg} large />
      ) : null}

      <p className="govuk-body-l">
        {session.participantCount === 1 ? '1 person has joined' : `${session.participantCount} people have joined`}
      </p>

      {current?.phase === 'SCORING' ? (
        <p className="govuk-heading-l app-scored-count" data-testid="scored-count">
          {scoredWords(session.scoredCount, session.participantCount)}
        </p>
      ) : null}
      {current && (current.phase === 'REVEALED' || current.phase === 'AGREED') && session.spread ? (
        <SessionSpread spreads={session.spread} showDimensionTitle={!single} large />
      ) : null}
      {current?.phase === 'AGREED' && session.agreedLevels ? (
        <div className="govuk-panel govuk-panel--confirmation">
          <h2 className="govuk-panel__title">Agreed</h2>
          <div className="govuk-panel__body">
            {listWords(session.agreedLevels.map((a) => (single ? a.level.label : `${a.dimension.title}: ${a.level.label}`)))}
          </div>
        </div>
      ) : null}
      {current?.phase === 'SKIPPED' ? <p className="govuk-body-l">Not important to us: skipped.</p> : null}
      {current ? <TopTips sectionTitle={current.section.title} tips={session.tips} /> : null}
    </div>
  );
}
