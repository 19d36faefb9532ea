import type { ReactNode } from 'react';

import { RowChartLegend } from '../shared/RowChartLegend';

import { CHART_COLOURS, COUNCIL_DOT_RADIUS, KEY_WIDTH, MEDIAN_TICK_HALF_LENGTH, MEDIAN_TICK_WIDTH, PEER_RANGE_HEIGHT } from './constants';

/** Props of SectionComparisonLegend. */
export type SectionComparisonLegendProps = { councilName: string; peersLabel?: string };

const KEY_HEIGHT = 24;
const MIDDLE = KEY_HEIGHT / 2;

/** The key to the dot plot: the dot, the median line, the quartile bar and "c", in the chart's shapes and colours. */
export function SectionComparisonLegend({ councilName, peersLabel = 'other councils' }: SectionComparisonLegendProps) {
  const picture = (mark: ReactNode) => (
    <svg width={KEY_WIDTH} height={KEY_HEIGHT} aria-hidden="true" focusable="false">
      {mark}
    </svg>
  );
  return (
    <RowChartLegend
      className="app-section-comparison__legend"
      pictureWidth={KEY_WIDTH}
      entries={[
        {
          key: 'council',
          picture: picture(<circle cx={KEY_WIDTH / 2} cy={MIDDLE} r={COUNCIL_DOT_RADIUS} fill={CHART_COLOURS.yourCouncil} />),
          text: <>Dot: {councilName} (your council)</>,
        },
        {
          key: 'median',
          picture: picture(
            <line
              x1={KEY_WIDTH / 2}
              x2={KEY_WIDTH / 2}
              y1={MIDDLE - MEDIAN_TICK_HALF_LENGTH}
              y2={MIDDLE + MEDIAN_TICK_HALF_LENGTH}
              stroke={CHART_COLOURS.median}
              strokeWidth={MEDIAN_TICK_WIDTH}
            />,
          ),
          text: <>Line: median of {peersLabel}</>,
        },
        {
          key: 'range',
          picture: picture(
            <rect
              x={2}
              y={MIDDLE - PEER_RANGE_HEIGHT / 2}
              width={KEY_WIDTH - 4}
              height={PEER_RANGE_HEIGHT}
              rx={2}
              fill={CHART_COLOURS.peerRange}
              fillOpacity={CHART_COLOURS.peerRangeOpacity}
            />,
          ),
          text: <>Bar: middle half of {peersLabel} (lower to upper quartile)</>,
        },
      ]}
    />
  );
}
