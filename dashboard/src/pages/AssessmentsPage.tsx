import '../sessions.css';

import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { type ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { Loading } from '../components/Loading/Loading';
import { Select } from '../components/Select/Select';
import { TableContainer } from '../components/TableContainer/TableContainer';
import { formatDateTime } from '../format/format-date-time';
import { getErrorMessages, pageErrorMessages } from '../graphql/errors';
import type { GetAssessmentsAssessment } from '../graphql/queries/getAssessments';
import { GET_FRAMEWORKS } from '../graphql/queries/getFrameworks';
import { ROUNDS } from '../view-models/council-position-choice';
import { useAssessments } from '../hooks/useAssessments';
import type { Viewer } from '../hooks/useViewer';
import { navigate } from '../router/history';
import { Link } from '../router/Link';
import { assessmentPath } from '../router/session-paths';
import { roleCount, SESSION_ROLES } from '../view-models/session-words';
import { TableHead } from '../components/TableHead/TableHead';
import { PageErrorSummary } from '../components/ErrorSummary/PageErrorSummary';
import { usePageTitle } from '../hooks/usePageTitle';

const TITLE = 'Assessments – Touchstone';

/** Each status's tag. */
const STATUS_TAGS: Record<GetAssessmentsAssessment['status'], { text: string; colour: string }> = {
  DRAFT: { text: 'Draft', colour: 'govuk-tag--blue' },
  SUBMITTED: { text: 'Submitted', colour: 'govuk-tag--green' },
  SUPERSEDED: { text: 'Superseded', colour: 'govuk-tag--grey' },
};

/** Props of AssessmentsPage. */
export type AssessmentsPageProps = { viewer: Viewer };

/**
 * The council's self-assessments: each with its status, round, sections done, participants by role
 * and date, a link to continue a draft, and a way to start a new one (or a re-assessment that will
 * supersede a submitted one, whose history is kept).
 */
export function AssessmentsPage({ viewer }: AssessmentsPageProps) {
  const { council, assessments, loading, error, start } = useAssessments(viewer);
  const frameworksQuery = useQuery(GET_FRAMEWORKS);
  const frameworks = frameworksQuery.data?.frameworks.filter((f) => f.kind === 'RATING') ?? [];
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const loadErrors = pageErrorMessages([error, frameworksQuery.error]).map((m) => ({ text: m.message }));
  const summary = [...errors, ...loadErrors];

  usePageTitle(TITLE, summary.length > 0);

  const begin = async (frameworkKey: string, round: string) => {
    try {
      const id = await start(frameworkKey, round);
      navigate(assessmentPath(id));
    } catch (caught) {
      setErrors(getErrorMessages(caught as Error).map((m) => ({ text: m.message })));
    }
  };

  if (!viewer.councilId) {
    return (
      <>
        <h1 className="govuk-heading-l">Assessments</h1>
        <p className="govuk-body">
          Self-assessments are run by a council&apos;s lead and members. Your account is not linked to a council.
        </p>
      </>
    );
  }

  return (
    <>
      <PageErrorSummary items={summary} />
      <span className="govuk-caption-l">{council?.name ?? 'Your council'}</span>
      <h1 className="govuk-heading-l">Self-assessments</h1>
      <p className="govuk-body-l">Plan an assessment, run it in sessions with colleagues, and submit the council&apos;s agreed view.</p>

      {loading ? (
        <Loading text="Loading the assessments…" />
      ) : assessments && assessments.length > 0 ? (
        <TableContainer label="Your council's assessments">
          <table className="govuk-table app-assessments-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Your council&apos;s assessments</caption>
            <TableHead columns={['Assessment', 'Status', 'Sections done', 'Participants', 'Dates', { text: 'Action', hidden: true }]} />
            <tbody className="govuk-table__body">
              {assessments.map((a) => {
                const tag = STATUS_TAGS[a.status];
                const roles = SESSION_ROLES.map((role) => ({
                  role,
                  count: a.participantsByRole.find((r) => r.role === role)?.count ?? 0,
                })).filter((r) => r.count > 0);
                const hasDraft = assessments.some(
                  (other) => other.status === 'DRAFT' && other.framework.key === a.framework.key && other.round === a.round,
                );
                return (
                  <tr key={a.id} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">
                      {a.framework.title}, {a.round}
                      {a.isSynthetic ? <span className="govuk-body-s app-block"> Synthetic demonstration data</span> : null}
                    </th>
                    <td className="govuk-table__cell">
                      <strong className={`govuk-tag ${tag.colour}`}>{tag.text}</strong>
                    </td>
                    <td className="govuk-table__cell">
                      {a.coverage.sectionsDone} of {a.includedSections.length}
                    </td>
                    <td className="govuk-table__cell">
                      {roles.length > 0 ? (
                        <ul className="govuk-list govuk-!-margin-bottom-0">
                          {roles.map((r) => (
                            <li key={r.role}>{roleCount(r.role, r.count)}</li>
                          ))}
                        </ul>
                      ) : (
                        'None yet'
                      )}
                    </td>
                    <td className="govuk-table__cell">
                      <span className="app-block">Started {formatDateTime(a.startedAt)}</span>
                      {a.submittedAt ? (
                        <span className="app-block">Submitted {formatDateTime(a.submittedAt)}</span>
                      ) : (
                        <span className="app-block">Last changed {formatDateTime(a.lastChangedAt)}</span>
                      )}
                    </td>
                    <td className="govuk-table__cell">
                      {a.status === 'DRAFT' ? (
                        <Link className="govuk-link" to={assessmentPath(a.id)}>
                          Continue<span className="govuk-visually-hidden"> the {a.round} draft</span>
                        </Link>
                      ) : a.status === 'SUBMITTED' && !hasDraft && !a.isSynthetic ? (
                        <button type="button" className="app-link-button govuk-link" onClick={() => void begin(a.framework.key, a.round)}>
                          Assess again<span className="govuk-visually-hidden"> for {a.round} (replaces this submission)</span>
                        </button>
                      ) : (
                        <Link className="govuk-link" to={assessmentPath(a.id)}>
                          View<span className="govuk-visually-hidden"> {a.round}</span>
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableContainer>
      ) : assessments ? (
        <p className="govuk-body">Your council has no assessments yet.</p>
      ) : null}

      {frameworks.length > 0 ? <StartForm frameworks={frameworks} onStart={(f, r) => void begin(f, r)} /> : null}
    </>
  );
}

type StartFormProps = { frameworks: { key: string; title: string }[]; onStart: (frameworkKey: string, round: string) => void };

/** Starting a draft: the framework (its newest version) and the round. */
function StartForm({ frameworks, onStart }: StartFormProps) {
  const [framework, setFramework] = useState(frameworks[0].key);
  const [round, setRound] = useState<string>(ROUNDS[0]);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onStart(framework, round);
  };
  return (
    <form noValidate onSubmit={handleSubmit} className="app-start-form">
      <h2 className="govuk-heading-m">Start an assessment</h2>
      <p className="govuk-body">
        Starting a round that your council has already submitted makes a new draft; when it is submitted it replaces the earlier submission,
        which is kept as history.
      </p>
      <Select
        name="start-framework"
        label="Framework"
        hint="The newest version is used."
        options={frameworks.map((f) => ({ value: f.key, text: f.title }))}
        value={framework}
        onChange={setFramework}
      />
      <Select name="start-round" label="Round" options={ROUNDS.map((r) => ({ value: r, text: r }))} value={round} onChange={setRound} />
      <button type="submit" className="govuk-button">
        Start the assessment
      </button>
    </form>
  );
}
