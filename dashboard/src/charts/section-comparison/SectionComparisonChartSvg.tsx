import { useMemo } from 'react';

import { AXIS_FONT_SIZE, LABEL_GAP } from '../shared/constants';
import { RowChartSvg, type RowChartState, WithheldMark } from '../shared/RowChartSvg';
import { useScoreScale } from '../shared/ScoreAxis';

import {
  CHART_COLOURS,
  COUNCIL_DOT_RADIUS,
  MEDIAN_TICK_HALF_LENGTH,
  MEDIAN_TICK_WIDTH,
  PEER_RANGE_HEIGHT,
  TOOLTIP_ESTIMATED_HEIGHT,
  TOOLTIP_MAX_WIDTH,
} from './constants';
import {
  buildTableRows,
  getCouncilScore,
  getPeerLowerQuartile,
  getPeerMedian,
  getPeerUpperQuartile,
  layoutChart,
  type SectionComparisonDatum,
  type SectionComparisonRowLayout,
} from './section-comparison.domain';

/** Props of SectionComparisonChartSvg. */
export type SectionComparisonChartSvgProps = RowChartState & {
  data: SectionComparisonDatum[];
  /** Accessible name of the chart. */
  title: string;
  /** The generated summary, used as the SVG's <desc>. */
  summary: string;
};

/**
 * The section comparison dot plot at a fixed size: one row per section with other councils'
 * middle half as a bar, their median as a tick and the council's score as a dot. It only maps data
 * through scales into SVG; the maths and words are in section-comparison.domain.ts, and the frame
 * (axis, rows, labels, keyboard) is the shared RowChartSvg.
 */
export function SectionComparisonChartSvg({ data, width, ...frame }: SectionComparisonChartSvgProps) {
  // bounds
  const layout = useMemo(() => layoutChart(data, width), [data, width]);
  const { height, plotLeft } = layout;

  // scales
  const scale = useScoreScale(layout.plotLeft, layout.plotRight);
  const { x } = scale;

  const activeRow = frame.activeIndex === null ? undefined : layout.rows[frame.activeIndex];
  // When the council has no scores at all the summary says so once; "Not assessed" on every row is noise.
  const labelNotAssessed = data.some((d) => getCouncilScore(d) !== null);

  // render
  const renderMarks = ({ datum, centreY }: SectionComparisonRowLayout) => {
    const council = getCouncilScore(datum);
    const median = getPeerMedian(datum);
    const lower = getPeerLowerQuartile(datum);
    const upper = getPeerUpperQuartile(datum);
    return (
      <>
        {lower !== null && upper !== null ? (
          <rect
            x={x(Math.min(lower, upper))}
            y={centreY - PEER_RANGE_HEIGHT / 2}
            // At least 2px wide, so a range where every council agrees is still visible.
            width={Math.max(2, x(Math.max(lower, upper)) - x(Math.min(lower, upper)))}
            height={PEER_RANGE_HEIGHT}
            rx={2}
            fill={CHART_COLOURS.peerRange}
            fillOpacity={CHART_COLOURS.peerRangeOpacity}
          />
        ) : null}
        {median !== null ? (
          <line
            x1={x(median)}
            x2={x(median)}
            y1={centreY - MEDIAN_TICK_HALF_LENGTH}
            y2={centreY + MEDIAN_TICK_HALF_LENGTH}
            stroke={CHART_COLOURS.median}
            strokeWidth={MEDIAN_TICK_WIDTH}
          />
        ) : null}
        {datum.suppressed ? <WithheldMark x={layout.suppressedX} y={centreY} /> : null}
        {council !== null ? (
          <circle
            cx={x(council)}
            cy={centreY}
            r={COUNCIL_DOT_RADIUS}
            fill={CHART_COLOURS.yourCouncil}
            stroke={CHART_COLOURS.background}
            strokeWidth={1.5}
          />
        ) : labelNotAssessed ? (
          // A halo in the background colour keeps the words readable where they cross the bar.
          <text
            x={plotLeft + LABEL_GAP / 2}
            y={centreY}
            dominantBaseline="central"
            fill={CHART_COLOURS.secondaryText}
            stroke={CHART_COLOURS.background}
            strokeWidth={4}
            paintOrder="stroke"
            fontSize={AXIS_FONT_SIZE}
            fontStyle="italic"
          >
            Not assessed
          </text>
        ) : null}
      </>
    );
  };

  return (
    <div className="app-section-comparison__canvas" style={{ width, height }}>
      <RowChartSvg {...frame} className="app-section-comparison__svg" roleDescription="dot plot" {...{ layout, scale, renderMarks }} />
      {activeRow ? (
        <RowTooltip row={activeRow} chartHeight={height} left={plotLeft} maxWidth={Math.min(TOOLTIP_MAX_WIDTH, width - plotLeft)} />
      ) : null}
    </div>
  );
}

type RowTooltipProps = { row: SectionComparisonRowLayout; chartHeight: number; left: number; maxWidth: number };

/**
 * The active row's figures beside the chart, the same for hover and keyboard focus. Hidden from
 * assistive technology because the live region in the outer chart announces the same figures.
 */
function RowTooltip({ row, chartHeight, left, maxWidth }: RowTooltipProps) {
  // The figures are formatted by the same function as the "Show data" table, so they always agree.
  const [figures] = buildTableRows([row.datum]);
  const below = row.y + row.height + TOOLTIP_ESTIMATED_HEIGHT <= chartHeight;
  const position = below ? { top: row.y + row.height + 2 } : { bottom: chartHeight - row.y + 2 };
  return (
    <div className="app-section-comparison__tooltip" aria-hidden="true" style={{ ...position, left, maxWidth }}>
      <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{figures.section}</p>
      <dl className="app-section-comparison__tooltip-figures govuk-body-s govuk-!-margin-bottom-0">
        <dt>Your council</dt>
        <dd>{figures.councilScore}</dd>
        <dt>Median of others</dt>
        <dd>{figures.peerMedian}</dd>
        {row.datum.suppressed ? null : (
          <>
            <dt>Middle half of others</dt>
            <dd>
              {figures.peerLowerQuartile} to {figures.peerUpperQuartile}
            </dd>
          </>
        )}
        <dt>Councils contributing</dt>
        <dd>{figures.contributors}</dd>
      </dl>
      {figures.suppressionReason ? (
        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{figures.suppressionReason}</p>
      ) : null}
    </div>
  );
}
