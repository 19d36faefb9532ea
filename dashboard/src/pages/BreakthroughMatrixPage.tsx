import { useEffect, useMemo } from 'react';

import { BreakthroughMatrix } from '../charts/breakthrough-matrix/BreakthroughMatrix';
import { Caveats } from '../components/Caveats/Caveats';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary';
import { Fact } from '../components/Fact/Fact';
import { Loading } from '../components/Loading/Loading';
import { WarningText } from '../components/WarningText/WarningText';
import { useCouncilView, useViewErrors } from '../hooks/useCouncilView';
import { useDimensionMatrix } from '../hooks/useDimensionMatrix';
import type { Viewer } from '../hooks/useViewer';

import { CouncilRoundForm } from './CouncilRoundForm';

/** The framework the matrix is drawn for: its first two dimensions are progress and plan coverage. */
const FRAMEWORK_KEY = 'improvement-breakthroughs';
const SERVICE_TITLE = 'Breakthrough matrix – Touchstone';

/** Props of BreakthroughMatrixPage. */
export type BreakthroughMatrixPageProps = { viewer: Viewer };

/**
 * Breakthrough matrix: a council's improvement breakthrough questions by progress and by whether its
 * improvement plan addresses them, beside other councils' shares, with the questions to act on
 * first. The council and round are in the query string.
 */
export function BreakthroughMatrixPage({ viewer }: BreakthroughMatrixPageProps) {
  const { councils, councilsLoaded, councilsError, choice, setChoice } = useCouncilView(viewer);
  const variables = useMemo(() => (choice ? { councilGssCode: choice.council, frameworkKey: FRAMEWORK_KEY, round: choice.round } : null), [choice]);
  const { matrix, data, loading, error } = useDimensionMatrix(variables);
  const formReady = councilsLoaded && choice !== null;
  const { errorItems, councilError } = useViewErrors([councilsError, error], viewer, choice?.council ?? null, councils, formReady);

  useEffect(() => {
    const title = matrix && !loading ? `${matrix.council.name} – ${SERVICE_TITLE}` : SERVICE_TITLE;
    document.title = errorItems.length > 0 ? `Error: ${title}` : title;
  }, [matrix, loading, errorItems.length]);

  return (
    <>
      {errorItems.length > 0 ? <ErrorSummary key={errorItems.map((i) => i.text).join('|')} items={errorItems} /> : null}
      <span className="govuk-caption-l">Breakthrough matrix</span>
      <h1 className="govuk-heading-l">Where a council&apos;s improvement breakthroughs stand, and what its plan covers</h1>
      <p className="govuk-body-l">Each improvement breakthrough question by the progress the council reports and whether its improvement plan addresses it, beside other councils.</p>

      {formReady ? <CouncilRoundForm councils={councils} choice={choice} onChoose={setChoice} councilError={councilError} submitText="Show matrix" /> : <Loading text="Loading councils…" />}

      <div className="govuk-visually-hidden" role="status">
        {loading ? 'Loading the matrix.' : matrix ? `Showing ${matrix.council.name}, ${matrix.round}.` : ''}
      </div>
      <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />

      {loading ? (
        <Loading text="Loading the matrix…" />
      ) : matrix && data && !error ? (
        <section aria-labelledby="matrix-heading">
          <h2 className="govuk-heading-l" id="matrix-heading">
            {matrix.council.name}
          </h2>
          <dl className="govuk-summary-list govuk-summary-list--no-border app-comparison-facts">
            <Fact label="Council">
              {matrix.council.officialName} ({matrix.council.gssCode})
            </Fact>
            <Fact label="Framework">
              {matrix.framework.title} ({matrix.framework.version} version)
            </Fact>
            <Fact label="Round">{matrix.round}</Fact>
            <Fact label="Compared with">All other councils ({matrix.peersSuppressed ? 'c' : `${matrix.peersBand} councils contributing`})</Fact>
          </dl>
          {matrix.includesSynthetic ? <WarningText>These figures are synthetic demonstration data</WarningText> : null}
          <Caveats caveats={matrix.caveats} />
          <h3 className="govuk-heading-m">
            {matrix.rowDimension.title} × {matrix.columnDimension.title.toLowerCase()}
          </h3>
          <BreakthroughMatrix key={`${matrix.council.gssCode}|${matrix.round}`} data={data} fileNameParts={[matrix.council.name, 'breakthrough', matrix.round]} />
        </section>
      ) : null}
    </>
  );
}
