import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef } from 'react';

import {
  CHART_COLOURS,
  CHART_MARGIN,
  COUNCIL_DOT_RADIUS,
  LABEL_FONT_SIZE,
  LABEL_GAP,
  LABEL_LINE_HEIGHT,
  MEDIAN_TICK_HALF_LENGTH,
  MEDIAN_TICK_WIDTH,
  PEER_RANGE_HEIGHT,
  SUPPRESSED_SYMBOL,
  TOOLTIP_ESTIMATED_HEIGHT,
  TOOLTIP_MAX_WIDTH,
} from './constants';
import {
  buildTableRows,
  clampScore,
  getCouncilScore,
  getNextRowIndex,
  getPeerLowerQuartile,
  getPeerMedian,
  getPeerUpperQuartile,
  getScoreDomain,
  getScoreTicks,
  layoutChart,
  type SectionComparisonDatum,
  type SectionComparisonRowLayout,
} from './section-comparison.domain';

/** How the active row was reached: keyboard moves are announced, pointer hovers are not. */
export type ActiveRowSource = 'keyboard' | 'pointer';

/** Props of SectionComparisonChartSvg. */
export type SectionComparisonChartSvgProps = {
  data: SectionComparisonDatum[];
  /** Width in px; the height follows from the rows. */
  width: number;
  /** Accessible name of the chart. */
  title: string;
  /** The generated summary, used as the SVG's <desc>. */
  summary: string;
  /** Id of the visible keyboard instructions, added to the chart's description. */
  instructionsId?: string;
  /** The row with keyboard focus or under the pointer, if any. */
  activeIndex: number | null;
  activeSource: ActiveRowSource | null;
  /** Called with the row to make active (null for none) and how it was reached. */
  onActiveIndexChange: (index: number | null, source: ActiveRowSource) => void;
};

const formatTick = format('d');

/**
 * The section comparison dot plot at a fixed size: one row per section with other councils'
 * middle half as a bar, their median as a tick and the council's score as a dot. It only maps data
 * through scales into SVG; the maths and words are in section-comparison.domain.ts.
 */
export function SectionComparisonChartSvg({
  data,
  width,
  title,
  summary,
  instructionsId,
  activeIndex,
  activeSource,
  onActiveIndexChange,
}: SectionComparisonChartSvgProps) {
  const titleId = useId();
  const descId = useId();
  const activeRowRef = useRef<SVGRectElement>(null);

  // bounds
  const layout = useMemo(() => layoutChart(data, width), [data, width]);
  const { height, plotLeft, plotRight, plotTop, plotBottom, rowHeight } = layout;

  // scales
  const xScale = useMemo(() => scaleLinear().domain(getScoreDomain()).range([plotLeft, plotRight]), [plotLeft, plotRight]);
  const ticks = useMemo(() => getScoreTicks(plotRight - plotLeft), [plotLeft, plotRight]);
  const x = (score: number): number => xScale(clampScore(score));

  // Keep the row reached by keyboard on screen: the chart can be taller than the window, and the
  // arrow keys no longer scroll the page while the chart has focus.
  useEffect(() => {
    if (activeSource === 'keyboard' && activeIndex !== null) activeRowRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, activeSource]);

  const handleKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = getNextRowIndex(activeIndex, event.key, data.length);
    if (!next.handled) return;
    event.preventDefault();
    onActiveIndexChange(next.index, 'keyboard');
  };

  const activeRow = activeIndex === null ? undefined : layout.rows[activeIndex];
  // When the council has no scores at all the summary says so once; "Not assessed" on every row is noise.
  const labelNotAssessed = data.some((d) => getCouncilScore(d) !== null);

  // render
  return (
    <div className="app-section-comparison__canvas" style={{ width, height }}>
      <svg
        className="app-section-comparison__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-roledescription="dot plot"
        aria-labelledby={titleId}
        aria-describedby={instructionsId ? `${descId} ${instructionsId}` : descId}
        // One tab stop for the whole chart; the arrow keys move between rows inside it.
        tabIndex={data.length > 0 ? 0 : undefined}
        onKeyDown={handleKeyDown}
        onBlur={() => onActiveIndexChange(null, 'keyboard')}
        onMouseLeave={() => onActiveIndexChange(null, 'pointer')}
        fontSize={LABEL_FONT_SIZE}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>

        {/* Decoration only: stripes that help the eye along a row, the grid and the axes. */}
        <g aria-hidden="true">
          {layout.rows.map((row) =>
            row.index % 2 === 1 ? (
              <rect key={row.datum.key} x={0} y={row.y} width={width} height={rowHeight} fill={CHART_COLOURS.rowStripe} />
            ) : null,
          )}
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={xScale(tick)}
                x2={xScale(tick)}
                y1={plotTop - 4}
                y2={plotBottom + 4}
                stroke={CHART_COLOURS.gridline}
                strokeWidth={1}
                shapeRendering="crispEdges"
              />
              <text x={xScale(tick)} y={plotTop - 10} textAnchor="middle" fill={CHART_COLOURS.secondaryText} fontSize={14}>
                {formatTick(tick)}
              </text>
              <text x={xScale(tick)} y={plotBottom + 20} textAnchor="middle" fill={CHART_COLOURS.secondaryText} fontSize={14}>
                {formatTick(tick)}
              </text>
            </g>
          ))}
          <text
            x={(plotLeft + plotRight) / 2}
            y={plotBottom + CHART_MARGIN.bottom - 8}
            textAnchor="middle"
            fill={CHART_COLOURS.text}
            fontSize={14}
          >
            Score (0 to 100)
          </text>
        </g>

        {layout.rows.map((row) => {
          const { datum, index, y, centreY, labelLines } = row;
          const council = getCouncilScore(datum);
          const median = getPeerMedian(datum);
          const lower = getPeerLowerQuartile(datum);
          const upper = getPeerUpperQuartile(datum);
          const isActive = index === activeIndex;
          const firstLineY = centreY - ((labelLines.length - 1) * LABEL_LINE_HEIGHT) / 2;
          return (
            <g key={datum.key} onMouseEnter={() => onActiveIndexChange(index, 'pointer')}>
              {/* The whole row answers the pointer, not just its small marks. */}
              <rect x={0} y={y} width={width} height={rowHeight} fill="transparent" />
              {isActive ? (
                // GOV.UK's focus style: yellow with a thick black underline, so it does not rely on colour.
                <g>
                  <rect ref={activeRowRef} x={0} y={y} width={width} height={rowHeight} fill={CHART_COLOURS.focus} />
                  <rect x={0} y={y + rowHeight - 4} width={width} height={4} fill={CHART_COLOURS.focusText} />
                </g>
              ) : null}
              <text
                x={layout.labelRight}
                y={firstLineY}
                textAnchor="end"
                dominantBaseline="central"
                fill={CHART_COLOURS.text}
                fontWeight={isActive ? 700 : 400}
              >
                {labelLines.map((line, lineIndex) => (
                  <tspan key={lineIndex} x={layout.labelRight} y={firstLineY + lineIndex * LABEL_LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>

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
              {datum.suppressed ? (
                <text
                  x={layout.suppressedX}
                  y={centreY}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fill={CHART_COLOURS.text}
                  fontWeight={700}
                >
                  {SUPPRESSED_SYMBOL}
                </text>
              ) : null}
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
                  fontSize={14}
                  fontStyle="italic"
                >
                  Not assessed
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
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
