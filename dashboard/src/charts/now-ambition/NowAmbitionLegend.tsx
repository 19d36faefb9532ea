import { AMBITION_HALF_SIZE, CHART_COLOURS, NOW_RADIUS } from './constants';
import { SUPPRESSED_SYMBOL } from './now-ambition.domain';

/** Props of NowAmbitionLegend. */
export type NowAmbitionLegendProps = { councilName: string; peersLabel: string };

const W = 56;
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

/** The key to the chart's marks, as HTML text with little pictures in the same shapes and colours. */
export function NowAmbitionLegend({ councilName, peersLabel }: NowAmbitionLegendProps) {
  return (
    <ul className="govuk-list app-now-ambition__legend" aria-label="Key to the chart">
      <li>
        <Key filled colour={CHART_COLOURS.council} />
        Filled, upper line: {councilName} (your council), from its score now (circle) to its ambition (triangle)
      </li>
      <li>
        <Key filled={false} colour={CHART_COLOURS.peers} />
        Hollow, dashed, lower line: median of {peersLabel}, now to ambition
      </li>
      <li>
        <span className="app-now-ambition__legend-symbol">{SUPPRESSED_SYMBOL}</span>
        figures withheld to protect the anonymity of the councils that contributed
      </li>
    </ul>
  );
}
