import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { BreakthroughMatrix } from '../charts/breakthrough-matrix/BreakthroughMatrix';
import { Caveats } from '../components/Caveats/Caveats';
import { ResultsSection } from '../components/ResultsSection/ResultsSection';
import { ComparisonFacts } from '../components/ComparisonFacts/ComparisonFacts';
import { Fact } from '../components/Fact/Fact';
import { InstantRadios } from '../components/InstantRadios/InstantRadios';
import { WithheldFigure } from '../components/WithheldFigure/WithheldFigure';
import { GET_FRAMEWORKS } from '../graphql/queries/getFrameworks';
import { useCouncilView, VIEW_CHOICE_IN_URL } from '../hooks/useCouncilView';
import { useDimensionMatrix } from '../hooks/useDimensionMatrix';
import type { Viewer } from '../hooks/useViewer';
import { dimensionsInOrder } from '../view-models/dimensions-in-order';
import { axesInUse, chooseAxis, resolveAxes } from '../view-models/matrix-axes';
import { addToPlanPath, mayAddToPlan } from '../view-models/plan-words';

import { CouncilRoundForm, useCouncilRoundErrors } from './CouncilRoundForm';
import { CouncilTrendSection } from './CouncilTrendSection';
import { ViewFrame } from './ViewFrame';

/** The framework the matrix is drawn for: its first two dimensions, the default axes, are progress and plan coverage. */
const FRAMEWORK_KEY = 'improvement-breakthroughs';
const SERVICE_TITLE = 'Breakthrough matrix – Touchstone';

/** The two axis switches, rows first: choosing the dimension the other axis shows swaps the two. */
const AXES = [
  {
    axis: 'rows',
    legend: 'Rows',
    hint: 'Choosing changes the matrix straight away. Choosing the dimension in the columns swaps the two.',
  },
  {
    axis: 'columns',
    legend: 'Columns',
    hint: 'Choosing changes the matrix straight away. Choosing the dimension in the rows swaps the two.',
  },
] as const;

/** Props of BreakthroughMatrixPage. */
export type BreakthroughMatrixPageProps = { viewer: Viewer };

/**
 * Breakthrough matrix: a council's improvement breakthrough questions by progress and by whether its
 * improvement plan addresses them, beside other councils' shares, with the questions to act on
 * first. The council and round are in the query string, and so are the rows and columns where the
 * framework has more than two dimensions to choose them from.
 */
export function BreakthroughMatrixPage({ viewer }: BreakthroughMatrixPageProps) {
  const view = useCouncilView(viewer, VIEW_CHOICE_IN_URL);
  const { councils, choice, setChoice } = view;
  const frameworksQuery = useQuery(GET_FRAMEWORKS);
  const dimensions = useMemo(() => {
    const framework = frameworksQuery.data?.frameworks.find((f) => f.key === FRAMEWORK_KEY);
    return framework ? dimensionsInOrder(framework) : null;
  }, [frameworksQuery.data]);
  const dimensionKeys = useMemo(() => dimensions?.map((d) => d.key) ?? null, [dimensions]);
  const axes = choice ? resolveAxes(dimensionKeys, choice.axes) : null;
  // Keyed on the values, not the objects, so the query's variables change only when a choice does.
  // An axis may be null: the API then uses the framework's default dimension for it.
  const council = choice?.council;
  const round = choice?.round;
  const axesKnown = axes !== null;
  const rowsKey = axes?.rows;
  const columnsKey = axes?.columns;
  const variables = useMemo(
    () =>
      council && round && axesKnown
        ? { councilGssCode: council, frameworkKey: FRAMEWORK_KEY, round, rowDimensionKey: rowsKey, columnDimensionKey: columnsKey }
        : null,
    [council, round, axesKnown, rowsKey, columnsKey],
  );
  const { matrix, data, loading, error } = useDimensionMatrix(variables);
  const { errorItems, councilError } = useCouncilRoundErrors(view, viewer, error);

  const inUse = dimensionKeys && choice ? axesInUse(dimensionKeys, choice.axes) : null;
  const handleAxis = (axis: 'rows' | 'columns') => (key: string) => {
    if (choice && dimensionKeys) setChoice({ ...choice, axes: chooseAxis(dimensionKeys, choice.axes, axis, key) });
  };
  const axesChanged = axes !== null && (axes.rows !== null || axes.columns !== null);

  return (
    <ViewFrame
      title={matrix && !loading ? `${matrix.council.name} – ${SERVICE_TITLE}` : SERVICE_TITLE}
      errorItems={errorItems}
      caption="Breakthrough matrix"
      heading={<>Where a council&apos;s improvement breakthroughs stand, and what its plan covers</>}
      lead={
        <>
          Each improvement breakthrough question by the progress the council reports and whether its improvement plan addresses it, beside
          other councils.
        </>
      }
      status={
        loading
          ? 'Loading the matrix.'
          : matrix
            ? `Showing ${matrix.council.name}, ${matrix.round}, ${matrix.rowDimension.title.toLowerCase()} by ${matrix.columnDimension.title.toLowerCase()}.`
            : ''
      }
      controls={
        <>
          <CouncilRoundForm view={view} councilError={councilError} submitText="Show matrix" />

          {dimensions && dimensions.length > 2 && inUse ? (
            // With more than two dimensions there is a choice of which pair to cross. One click each, outside
            // the results so they keep the focus while the new matrix loads.
            <div className="govuk-grid-row app-period-switch">
              {AXES.map(({ axis, legend, hint }) => (
                <div key={axis} className="govuk-grid-column-one-half">
                  <InstantRadios
                    legend={legend}
                    hint={hint}
                    idPrefix={axis}
                    options={dimensions.map((d) => ({ value: d.key, text: d.title }))}
                    value={inUse[axis]}
                    onChange={handleAxis(axis)}
                  />
                </div>
              ))}
            </div>
          ) : null}
        </>
      }
      loading={loading}
      loadingText="Loading the matrix…"
    >
      {matrix && data && !error ? (
        <ResultsSection headingId="matrix-heading" heading={matrix.council.name}>
          <ComparisonFacts council={matrix.council} framework={matrix.framework} round={matrix.round} synthetic={matrix.includesSynthetic}>
            <Fact label="Compared with">
              All other councils (
              {matrix.peersSuppressed ? (
                <WithheldFigure reason={matrix.peersSuppressionReason} />
              ) : (
                `${matrix.peersBand} councils contributing`
              )}
              )
            </Fact>
          </ComparisonFacts>
          <Caveats caveats={matrix.caveats} />
          <h3 className="govuk-heading-m">
            {matrix.rowDimension.title} × {matrix.columnDimension.title.toLowerCase()}
          </h3>
          <BreakthroughMatrix
            key={`${matrix.council.gssCode}|${matrix.round}|${matrix.rowDimension.key}|${matrix.columnDimension.key}`}
            data={data}
            addToPlanPath={
              mayAddToPlan(
                viewer,
                councils.find((c) => c.gssCode === matrix.council.gssCode),
              )
                ? (itemKey) => addToPlanPath({ council: matrix.council.gssCode, kind: 'BREAKTHROUGH_QUESTION', subject: itemKey })
                : undefined
            }
            // Axes other than the default are in the file's name, so two downloads cannot be mistaken for each other.
            fileNameParts={[
              matrix.council.name,
              'breakthrough',
              matrix.round,
              ...(axesChanged ? [`${matrix.rowDimension.title} by ${matrix.columnDimension.title}`] : []),
            ]}
          />
          <CouncilTrendSection
            councilGssCode={matrix.council.gssCode}
            councilName={matrix.council.name}
            frameworkKey={matrix.framework.key}
            frameworkTitle={matrix.framework.title}
            dimensionKey={matrix.rowDimension.key}
            sectionLabel={matrix.framework.sectionLabel}
          />
        </ResultsSection>
      ) : null}
    </ViewFrame>
  );
}
