import { useMemo } from 'react';

import { AXIS_FONT_SIZE, LABEL_GAP } from '../shared/constants';
import { RowChartSvg, type RowChartState, WithheldMark } from '../shared/RowChartSvg';
import { useScoreScale } from '../shared/ScoreAxis';

import { AMBITION_HALF_SIZE, ARROW_WIDTH, CHART_COLOURS, NOW_RADIUS } from './constants';
import {
  getCouncilAmbition,
  getCouncilNow,
  getPeerAmbition,
  getPeerNow,
  layoutNowAmbition,
  type NowAmbitionDatum,
  type NowAmbitionRowLayout,
} from './now-ambition.domain';

/** Props of NowAmbitionChartSvg. */
export type NowAmbitionChartSvgProps = RowChartState & {
  data: NowAmbitionDatum[];
  title: string;
  summary: string;
};

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
 * maps data through scales into SVG; the maths and words are in now-ambition.domain.ts, and the
 * frame (axis, rows, labels, keyboard) is the shared RowChartSvg.
 */
export function NowAmbitionChartSvg({ data, width, ...frame }: NowAmbitionChartSvgProps) {
  // bounds
  const layout = useMemo(() => layoutNowAmbition(data, width), [data, width]);

  // scales
  const scale = useScoreScale(layout.plotLeft, layout.plotRight);
  const { x } = scale;

  // render
  const renderMarks = ({ datum, councilY, peersY }: NowAmbitionRowLayout) => {
    const councilNow = getCouncilNow(datum);
    const councilAmbition = getCouncilAmbition(datum);
    return (
      <>
        {councilNow === null && councilAmbition === null ? (
          <text
            x={layout.plotLeft + LABEL_GAP / 2}
            y={councilY}
            dominantBaseline="central"
            fill={CHART_COLOURS.secondaryText}
            fontSize={AXIS_FONT_SIZE}
            fontStyle="italic"
          >
            Not rated
          </text>
        ) : (
          <NowToAmbition from={councilNow} to={councilAmbition} y={councilY} x={x} filled colour={CHART_COLOURS.council} />
        )}
        <NowToAmbition from={getPeerNow(datum)} to={getPeerAmbition(datum)} y={peersY} x={x} filled={false} colour={CHART_COLOURS.peers} />
        {datum.suppressed ? <WithheldMark x={layout.suppressedX} y={peersY} /> : null}
      </>
    );
  };

  return <RowChartSvg {...frame} className="app-now-ambition__svg" roleDescription="arrow chart" {...{ layout, scale, renderMarks }} />;
}
