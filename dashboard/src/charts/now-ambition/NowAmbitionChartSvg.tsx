import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef } from 'react';

import { LABEL_FONT_SIZE, LABEL_GAP, LABEL_LINE_HEIGHT } from '../section-comparison/constants';

import { AMBITION_HALF_SIZE, ARROW_WIDTH, CHART_COLOURS, CHART_MARGIN, NOW_RADIUS } from './constants';
import {
  getCouncilAmbition,
  getCouncilNow,
  getNextRowIndex,
  getPeerAmbition,
  getPeerNow,
  getScoreDomain,
  getScoreTicks,
  layoutNowAmbition,
  type NowAmbitionDatum,
  onAxis,
  SUPPRESSED_SYMBOL,
} from './now-ambition.domain';

/** How the active row was reached: keyboard moves are announced, pointer hovers are not. */
export type ActiveRowSource = 'keyboard' | 'pointer';

/** Props of NowAmbitionChartSvg. */
export type NowAmbitionChartSvgProps = {
  data: NowAmbitionDatum[];
  width: number;
  title: string;
  summary: string;
  instructionsId?: string;
  activeIndex: number | null;
  activeSource: ActiveRowSource | null;
  onActiveIndexChange: (index: number | null, source: ActiveRowSource) => void;
};

const formatTick = format('d');

type PairProps = { from: number | null; to: number | null; y: number; x: (value: number) => number; filled: boolean; colour: string };

/**
 * One lane's marks: a circle at now, a triangle at the ambition pointing the way of travel, and an
 * arrow between them. Filled for the council, hollow for the peers.
 */
function NowToAmbition({ from, to, y, x, filled, colour }: PairProps) {
  const fill = filled ? colour : CHART_COLOURS.background;
  const nowX = from === null ? null : x(from);
  const toX = to === null ? null : x(to);
  // The triangle points right when the ambition is higher (or level), left when lower.
  const direction = nowX !== null && toX !== null && toX < nowX ? -1 : 1;
  return (
    <g>
      {nowX !== null && toX !== null && Math.abs(toX - nowX) > NOW_RADIUS + AMBITION_HALF_SIZE ? (
        <line
          x1={nowX + direction * NOW_RADIUS}
          x2={toX - direction * AMBITION_HALF_SIZE}
          y1={y}
          y2={y}
          stroke={colour}
          strokeWidth={ARROW_WIDTH}
          strokeDasharray={filled ? undefined : '5 3'}
        />
      ) : null}
      {nowX !== null ? <circle cx={nowX} cy={y} r={NOW_RADIUS} fill={fill} stroke={colour} strokeWidth={2} /> : null}
      {toX !== null ? (
        <path
          d={`M ${toX + direction * AMBITION_HALF_SIZE} ${y} L ${toX - direction * AMBITION_HALF_SIZE} ${y - AMBITION_HALF_SIZE} L ${toX - direction * AMBITION_HALF_SIZE} ${y + AMBITION_HALF_SIZE} Z`}
          fill={fill}
          stroke={colour}
          strokeWidth={2}
          strokeLinejoin="round"
        />
      ) : null}
    </g>
  );
}

/**
 * The now vs ambition chart at a fixed size: per theme, the council's lane (filled marks) above the
 * peers' median lane (hollow marks), each an arrow from now (circle) to ambition (triangle). It only
 * maps data through scales into SVG; the maths and words are in now-ambition.domain.ts.
 */
export function NowAmbitionChartSvg({
  data,
  width,
  title,
  summary,
  instructionsId,
  activeIndex,
  activeSource,
  onActiveIndexChange,
}: NowAmbitionChartSvgProps) {
  const titleId = useId();
  const descId = useId();
  const activeRowRef = useRef<SVGRectElement>(null);

  // bounds
  const layout = useMemo(() => layoutNowAmbition(data, width), [data, width]);
  const { height, plotLeft, plotRight, plotTop, plotBottom, rowHeight } = layout;

  // scales
  const xScale = useMemo(() => scaleLinear().domain(getScoreDomain()).range([plotLeft, plotRight]), [plotLeft, plotRight]);
  const ticks = useMemo(() => getScoreTicks(plotRight - plotLeft), [plotLeft, plotRight]);
  const x = (value: number): number => xScale(onAxis(value));

  useEffect(() => {
    if (activeSource === 'keyboard' && activeIndex !== null) activeRowRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, activeSource]);

  const handleKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = getNextRowIndex(activeIndex, event.key, data.length);
    if (!next.handled) return;
    event.preventDefault();
    onActiveIndexChange(next.index, 'keyboard');
  };

  // render
  return (
    <svg
      className="app-now-ambition__svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-roledescription="arrow chart"
      aria-labelledby={titleId}
      aria-describedby={instructionsId ? `${descId} ${instructionsId}` : descId}
      tabIndex={data.length > 0 ? 0 : undefined}
      onKeyDown={handleKeyDown}
      onBlur={() => onActiveIndexChange(null, 'keyboard')}
      onMouseLeave={() => onActiveIndexChange(null, 'pointer')}
      fontSize={LABEL_FONT_SIZE}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary}</desc>

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
        const { datum, index, y, councilY, peersY, labelY, labelLines } = row;
        const isActive = index === activeIndex;
        const firstLineY = labelY - ((labelLines.length - 1) * LABEL_LINE_HEIGHT) / 2;
        const councilNow = getCouncilNow(datum);
        const councilAmbition = getCouncilAmbition(datum);
        return (
          <g key={datum.key} onMouseEnter={() => onActiveIndexChange(index, 'pointer')}>
            <rect x={0} y={y} width={width} height={rowHeight} fill="transparent" />
            {isActive ? (
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
            {councilNow === null && councilAmbition === null ? (
              <text
                x={plotLeft + LABEL_GAP / 2}
                y={councilY}
                dominantBaseline="central"
                fill={CHART_COLOURS.secondaryText}
                fontSize={14}
                fontStyle="italic"
              >
                Not rated
              </text>
            ) : (
              <NowToAmbition from={councilNow} to={councilAmbition} y={councilY} x={x} filled colour={CHART_COLOURS.council} />
            )}
            <NowToAmbition
              from={getPeerNow(datum)}
              to={getPeerAmbition(datum)}
              y={peersY}
              x={x}
              filled={false}
              colour={CHART_COLOURS.peers}
            />
            {datum.suppressed ? (
              <text
                x={layout.suppressedX}
                y={peersY}
                textAnchor="middle"
                dominantBaseline="central"
                fill={CHART_COLOURS.text}
                fontWeight={700}
              >
                {SUPPRESSED_SYMBOL}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
