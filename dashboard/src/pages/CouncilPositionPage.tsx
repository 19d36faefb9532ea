import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useMemo } from 'react';

import { SectionComparisonChart } from '../charts/section-comparison/SectionComparisonChart';
import { ErrorSummary, type ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { Loading } from '../components/Loading/Loading';
import { WarningText } from '../components/WarningText/WarningText';
import { type ErrorMessage, getErrorMessages, isSignInRequired } from '../graphql/errors';
import { GET_COUNCILS, type GetCouncilsCouncil } from '../graphql/queries/getCouncils';
import { GET_FRAMEWORKS } from '../graphql/queries/getFrameworks';
import { defaultCouncilFor, resolveDimension } from '../hooks/council-position-choice';
import { useCouncilPositionChoice } from '../hooks/useCouncilPositionChoice';
import { type SectionComparison, useSectionComparison } from '../hooks/useSectionComparison';
import type { Viewer } from '../hooks/useViewer';

import { type CouncilPositionField, CouncilPositionForm } from './CouncilPositionForm';

/** The form field each API error is about, so the error summary can link to it. */
const FIELD_FOR_REASON: Record<string, CouncilPositionField> = {
  COUNCIL_NOT_FOUND: 'council',
  FORBIDDEN: 'council',
  FRAMEWORK_NOT_FOUND: 'framework',
  FRAMEWORK_NOT_RATED: 'framework',
  BENCHMARK_DIMENSION_NOT_FOUND: 'dimension',
};

const SERVICE_TITLE = 'Council position – Touchstone';

/**
 * What to say when the API refuses a council's results: which council, and what the person can do
 * about it, in terms of why they cannot see it (council users see their own council; PAS sees
 * councils that share with PAS).
 */
function accessMessage(viewer: Viewer, councilCode: string, councils: GetCouncilsCouncil[], apiMessage: string): string {
  const council = councils.find((c) => c.gssCode === councilCode);
  if (!council) return apiMessage;
  const own = viewer.councilId ? councils.find((c) => c.id === viewer.councilId) : undefined;
  switch (viewer.role) {
    case 'COUNCIL_LEAD':
    case 'COUNCIL_MEMBER':
      return own
        ? `You do not have access to ${council.name}'s results. You can only see your own council's results: choose ${own.name}.`
        : `You do not have access to ${council.name}'s results. You can only see your own council's results.`;
    case 'PAS_ANALYST':
      return `You do not have access to ${council.name}'s results. ${council.name} does not share its results with the Planning Advisory Service.`;
    default:
      return `You do not have access to ${council.name}'s results.`;
  }
}

/** Props of CouncilPositionPage. */
export type CouncilPositionPageProps = { viewer: Viewer };

/**
 * Council position: a council's self-assessment section scores against other councils', for a
 * framework, round and dimension chosen in the form and kept in the query string. Without a
 * council in the URL it shows the viewer's own council. Fetches the data and composes the form,
 * the warnings and caveats, and the chart.
 */
export function CouncilPositionPage({ viewer }: CouncilPositionPageProps) {
  const councilsQuery = useQuery(GET_COUNCILS);
  const frameworksQuery = useQuery(GET_FRAMEWORKS);
  // If the list of councils cannot be had, fall back rather than wait for ever: its error is shown.
  const defaultCouncil = defaultCouncilFor(viewer.councilId, councilsQuery.data?.councils ?? (councilsQuery.error ? [] : undefined));
  const [choice, setChoice] = useCouncilPositionChoice(defaultCouncil);

  const councils = useMemo(() => [...(councilsQuery.data?.councils ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), [councilsQuery.data]);
  const ratedFrameworks = useMemo(() => frameworksQuery.data?.frameworks.filter((f) => f.kind === 'RATING') ?? null, [frameworksQuery.data]);
  const framework = choice ? ratedFrameworks?.find((f) => f.key === choice.framework) : undefined;
  const hasSeveralDimensions = (framework?.dimensions.length ?? 0) > 1;

  const dimensionKey = choice ? resolveDimension(choice, ratedFrameworks ? (framework?.dimensions.map((d) => d.key) ?? []) : null) : null;
  const variables = useMemo(
    () => (choice ? { councilGssCode: choice.council, frameworkKey: choice.framework, round: choice.round, dimensionKey } : null),
    [choice, dimensionKey],
  );
  const { comparison, loading, error } = useSectionComparison(variables);

  const formReady = councilsQuery.data !== undefined && ratedFrameworks !== null && choice !== null;
  const { errorItems, fieldErrors } = useMemo(() => {
    const messages: ErrorMessage[] = [councilsQuery.error, frameworksQuery.error, error]
      .flatMap((e) => (e ? getErrorMessages(e) : []))
      // An ended session is not this page's problem to explain: the browser is already on its way to sign in.
      .filter((m) => !isSignInRequired(m));
    const unique = [...new Map(messages.map((m) => [m.message, m])).values()];
    const fields: Partial<Record<CouncilPositionField, string>> = {};
    const items = unique.map((m): ErrorSummaryItem => {
      const text = m.code === 'FORBIDDEN' && choice ? accessMessage(viewer, choice.council, councils, m.message) : m.message;
      const field = m.reason ? FIELD_FOR_REASON[m.reason] : undefined;
      // Link only to a field that is on the page.
      const linkable = field !== undefined && formReady && (field !== 'dimension' || hasSeveralDimensions);
      if (!linkable) return { text };
      fields[field] ??= text;
      return { text, href: `#${field}` };
    });
    return { errorItems: items, fieldErrors: fields };
  }, [councilsQuery.error, frameworksQuery.error, error, formReady, hasSeveralDimensions, choice, viewer, councils]);

  // GOV.UK pattern: the window title names the view, and starts "Error:" when there is a problem.
  useEffect(() => {
    const title = comparison && !loading ? `${comparison.council.name} – ${SERVICE_TITLE}` : SERVICE_TITLE;
    document.title = errorItems.length > 0 ? `Error: ${title}` : title;
  }, [comparison, loading, errorItems.length]);

  const status = loading ? 'Loading the comparison.' : comparison ? `Showing ${comparison.council.name}, ${comparison.framework.title}, ${comparison.round}.` : '';

  return (
    <>
      {errorItems.length > 0 ? <ErrorSummary key={errorItems.map((i) => i.text).join('|')} items={errorItems} /> : null}

      <span className="govuk-caption-l">Council position</span>
      <h1 className="govuk-heading-l">How a council&apos;s self-assessment compares with other councils</h1>
      <p className="govuk-body-l">Choose a council, a framework and a round to see each section&apos;s score beside the scores of other councils.</p>

      {formReady ? (
        <CouncilPositionForm councils={councils} frameworks={ratedFrameworks} choice={choice} onChoose={setChoice} errors={fieldErrors} />
      ) : councilsQuery.loading || frameworksQuery.loading || choice === null ? (
        <Loading text="Loading councils and frameworks…" />
      ) : null}

      {/* Always present, so screen readers announce each new comparison as it arrives. */}
      <div className="govuk-visually-hidden" role="status">
        {status}
      </div>

      <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />

      {loading ? <Loading text="Loading the comparison…" /> : comparison && !error ? <ComparisonResults comparison={comparison} showDimension={hasSeveralDimensions} /> : null}
    </>
  );
}

type ComparisonResultsProps = { comparison: SectionComparison; showDimension: boolean };

/** What came back for one choice: the heading and facts, the warnings and caveat, and the chart. */
function ComparisonResults({ comparison, showDimension }: ComparisonResultsProps) {
  const { council, framework, dimension, round } = comparison;
  const sectionLabel = framework.sectionLabel;
  const caption = `${sectionLabel} scores for ${council.name} and other councils: ${framework.title}, ${round}${showDimension ? ` (${dimension.title})` : ''}`;
  return (
    <section aria-labelledby="comparison-heading">
      <h2 className="govuk-heading-l" id="comparison-heading">
        {council.name}
      </h2>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-comparison-facts">
        <Fact label="Council">
          {council.officialName} ({council.gssCode})
        </Fact>
        <Fact label="Framework">
          {framework.title} ({framework.version} version)
        </Fact>
        <Fact label="Round">{round}</Fact>
        {showDimension ? <Fact label="Rated on">{dimension.title}</Fact> : null}
        <Fact label="Compared with">{comparison.peerGroup}</Fact>
      </dl>

      {comparison.councilIsSynthetic || comparison.includesSynthetic ? <WarningText>These figures are synthetic demonstration data</WarningText> : null}

      {comparison.councilHasSubmitted ? null : (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
            {council.name} has not submitted a self-assessment for {round} using the {framework.title}.
          </p>
          <p className="govuk-body govuk-!-margin-bottom-0">The chart shows other councils&apos; figures only.</p>
        </div>
      )}

      <p className="govuk-body">
        Self-assessments are each council&apos;s own view of how it is doing, not an independent judgement, so these comparisons are indicative
        only. Councils are not ranked: the chart shows where this council&apos;s scores sit among other councils&apos;, not a league table.
      </p>

      <h3 className="govuk-heading-m">
        {sectionLabel} scores against other councils
      </h3>
      <SectionComparisonChart
        key={`${council.gssCode}|${framework.key}|${framework.version}|${round}|${dimension.key}`}
        data={comparison.data}
        councilName={council.name}
        sectionLabel={sectionLabel}
        tableCaption={caption}
      />
    </section>
  );
}

type FactProps = { label: string; children: ReactNode };

/** One row of the facts about the comparison. */
function Fact({ label, children }: FactProps) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
