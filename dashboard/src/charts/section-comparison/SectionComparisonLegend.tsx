import {
  CHART_COLOURS,
  COUNCIL_DOT_RADIUS,
  MEDIAN_TICK_HALF_LENGTH,
  MEDIAN_TICK_WIDTH,
  PEER_RANGE_HEIGHT,
  SUPPRESSED_SYMBOL,
} from './constants';

/** Props of SectionComparisonLegend. */
export type SectionComparisonLegendProps = { councilName: string; peersLabel?: string };

const KEY_WIDTH = 32;
const KEY_HEIGHT = 24;

/**
 * The key to the chart's marks, drawn with the same shapes and colours as the chart. It is HTML
 * text, so it wraps, zooms and reads like the rest of the page; the little pictures are hidden
 * from screen readers because the words say it all.
 */
export function SectionComparisonLegend({ councilName, peersLabel = 'other councils' }: SectionComparisonLegendProps) {
  const middle = KEY_HEIGHT / 2;
  return (
    <ul className="govuk-list app-section-comparison__legend" aria-label="Key to the chart">
      <li>
        <svg width={KEY_WIDTH} height={KEY_HEIGHT} aria-hidden="true" focusable="false">
          <circle cx={KEY_WIDTH / 2} cy={middle} r={COUNCIL_DOT_RADIUS} fill={CHART_COLOURS.yourCouncil} />
        </svg>
        Dot: {councilName} (your council)
      </li>
      <li>
        <svg width={KEY_WIDTH} height={KEY_HEIGHT} aria-hidden="true" focusable="false">
          <line
            x1={KEY_WIDTH / 2}
            x2={KEY_WIDTH / 2}
            y1={middle - MEDIAN_TICK_HALF_LENGTH}
            y2={middle + MEDIAN_TICK_HALF_LENGTH}
            stroke={CHART_COLOURS.median}
            strokeWidth={MEDIAN_TICK_WIDTH}
          />
        </svg>
        Line: median of {peersLabel}
      </li>
      <li>
        <svg width={KEY_WIDTH} height={KEY_HEIGHT} aria-hidden="true" focusable="false">
          <rect
            x={2}
            y={middle - PEER_RANGE_HEIGHT / 2}
            width={KEY_WIDTH - 4}
            height={PEER_RANGE_HEIGHT}
            rx={2}
            fill={CHART_COLOURS.peerRange}
            fillOpacity={CHART_COLOURS.peerRangeOpacity}
          />
        </svg>
        Bar: middle half of {peersLabel} (lower to upper quartile)
      </li>
      <li>
        <span className="app-section-comparison__legend-symbol">{SUPPRESSED_SYMBOL}</span>
        figures withheld to protect the anonymity of the councils that contributed
      </li>
    </ul>
  );
}
