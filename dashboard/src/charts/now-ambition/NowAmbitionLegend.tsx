import { RowChartLegend } from '../shared/RowChartLegend';

import { AMBITION_HALF_SIZE, CHART_COLOURS, KEY_WIDTH as W, NOW_RADIUS } from './constants';

/** Props of NowAmbitionLegend. */
export type NowAmbitionLegendProps = { councilName: string; peersLabel: string };

const H = 24;

/** A small picture of a lane: circle, arrow, triangle; filled or hollow. Hidden from screen readers: the words say it. */
function Key({ filled, colour }: { filled: boolean; colour: string }) {
  const y = H / 2;
  const fill = filled ? colour : CHART_COLOURS.background;
  return (
    <svg width={W} height={H} aria-hidden="true" focusable="false">
      <line
        x1={NOW_RADIUS * 2 + 2}
        x2={W - AMBITION_HALF_SIZE * 2 - 2}
        y1={y}
        y2={y}
        stroke={colour}
        strokeWidth={3}
        strokeDasharray={filled ? undefined : '5 3'}
      />
      <circle cx={NOW_RADIUS + 2} cy={y} r={NOW_RADIUS} fill={fill} stroke={colour} strokeWidth={2} />
      <path
        d={`M ${W - 2} ${y} L ${W - 2 - AMBITION_HALF_SIZE * 2} ${y - AMBITION_HALF_SIZE} L ${W - 2 - AMBITION_HALF_SIZE * 2} ${y + AMBITION_HALF_SIZE} Z`}
        fill={fill}
        stroke={colour}
        strokeWidth={2}
      />
    </svg>
  );
}

/** The key to the arrow chart's lanes and "c", with little pictures in the chart's shapes and colours. */
export function NowAmbitionLegend({ councilName, peersLabel }: NowAmbitionLegendProps) {
  return (
    <RowChartLegend
      className="app-now-ambition__legend"
      pictureWidth={W}
      entries={[
        {
          key: 'council',
          picture: <Key filled colour={CHART_COLOURS.council} />,
          text: <>Filled, upper line: {councilName} (your council), from its score now (circle) to its ambition (triangle)</>,
        },
        {
          key: 'peers',
          picture: <Key filled={false} colour={CHART_COLOURS.peers} />,
          text: <>Hollow, dashed, lower line: median of {peersLabel}, now to ambition</>,
        },
      ]}
    />
  );
}
