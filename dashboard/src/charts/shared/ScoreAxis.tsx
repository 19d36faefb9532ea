import { format } from 'd3-format';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { useMemo } from 'react';

import { AXIS_FONT_SIZE, CHART_MARGIN, ROW_CHART_COLOURS } from './constants';
import { clampScore, getScoreDomain, getScoreTicks, SCORE_AXIS_TITLE } from './score-axis';

const formatTick = format('d');

/** The score scale of a plot, its ticks, and x(): a score placed on the axis (clamped to its ends). */
export type ScoreScale = { xScale: ScaleLinear<number, number>; ticks: number[]; x: (score: number) => number };

/** The 0–100 x scale over a plot's extent, memoised on it, with the ticks that fit its width. */
export function useScoreScale(plotLeft: number, plotRight: number): ScoreScale {
  return useMemo(() => {
    const xScale = scaleLinear().domain(getScoreDomain()).range([plotLeft, plotRight]);
    return { xScale, ticks: getScoreTicks(plotRight - plotLeft), x: (score: number) => xScale(clampScore(score)) };
  }, [plotLeft, plotRight]);
}

/** Props of ScoreAxis. */
export type ScoreAxisProps = { scale: ScoreScale; plotLeft: number; plotRight: number; plotTop: number; plotBottom: number };

/**
 * The score axis: a grid line at each tick, the tick labels above and below the rows (a long chart
 * can be read from either end), and the axis title. Decoration only: the caller hides it from
 * assistive technology, because the summary and table give the figures.
 */
export function ScoreAxis({ scale: { xScale, ticks }, plotLeft, plotRight, plotTop, plotBottom }: ScoreAxisProps) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={xScale(tick)}
            x2={xScale(tick)}
            y1={plotTop - 4}
            y2={plotBottom + 4}
            stroke={ROW_CHART_COLOURS.gridline}
            strokeWidth={1}
            shapeRendering="crispEdges"
          />
          <text x={xScale(tick)} y={plotTop - 10} textAnchor="middle" fill={ROW_CHART_COLOURS.secondaryText} fontSize={AXIS_FONT_SIZE}>
            {formatTick(tick)}
          </text>
          <text x={xScale(tick)} y={plotBottom + 20} textAnchor="middle" fill={ROW_CHART_COLOURS.secondaryText} fontSize={AXIS_FONT_SIZE}>
            {formatTick(tick)}
          </text>
        </g>
      ))}
      <text
        x={(plotLeft + plotRight) / 2}
        y={plotBottom + CHART_MARGIN.bottom - 8}
        textAnchor="middle"
        fill={ROW_CHART_COLOURS.text}
        fontSize={AXIS_FONT_SIZE}
      >
        {SCORE_AXIS_TITLE}
      </text>
    </>
  );
}
