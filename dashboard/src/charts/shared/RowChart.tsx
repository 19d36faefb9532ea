import { type ReactNode, useCallback, useId, useRef, useState } from 'react';

import { useElementWidth } from '../../hooks/useElementWidth';

import { type ActiveRow, type ActiveRowSource, announceRow, nextActiveRow } from './row-navigation';
import type { RowChartState } from './RowChartSvg';
import './row-chart.css';

/** Props of RowChart. */
export type RowChartProps = {
  /** The chart's own class for its outer box, e.g. "app-section-comparison". */
  className: string;
  /** The generated text summary, shown above the chart. */
  summary: string;
  summaryClassName?: string;
  /** The key to the chart's marks. */
  legend: ReactNode;
  rowCount: number;
  /** What the live region says when keyboard focus reaches a row. */
  describeRow: (index: number) => string;
  /** The inner chart, drawn at the measured width. */
  renderChart: (state: RowChartState) => ReactNode;
  /** What follows the chart: its table, a CSV link. */
  children?: ReactNode;
};

/**
 * The outer part of every row chart: the text summary, the key, the keyboard instructions, the box
 * it measures so the inner SVG can draw at a fixed width, and the live region that announces the
 * row reached by keyboard. It keeps the active row, so hover and keyboard behave alike in every chart.
 */
export function RowChart({ className, summary, summaryClassName, legend, rowCount, describeRow, renderChart, children }: RowChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const instructionsId = useId();
  const [active, setActive] = useState<ActiveRow | null>(null);

  const handleActiveIndexChange = useCallback((index: number | null, source: ActiveRowSource) => {
    setActive((current) => nextActiveRow(current, index, source));
  }, []);

  // A stale index must not outlive a change of data (the pages also remount the chart per choice).
  const activeRow = active !== null && active.index < rowCount ? active : null;
  const announcement = announceRow(activeRow, rowCount, describeRow);

  return (
    <div className={className}>
      <p className={summaryClassName ? `govuk-body ${summaryClassName}` : 'govuk-body'}>{summary}</p>
      {legend}
      {rowCount > 0 ? (
        <p className="govuk-hint govuk-!-font-size-16 app-keyboard-instructions" id={instructionsId}>
          To read the chart by keyboard, tab to it and use the up and down arrow keys to move between rows. Press Escape to leave the rows.
        </p>
      ) : null}
      <div ref={containerRef} className="app-row-chart__container">
        {width > 0
          ? renderChart({
              width,
              instructionsId: rowCount > 0 ? instructionsId : undefined,
              activeIndex: activeRow?.index ?? null,
              activeSource: activeRow?.source ?? null,
              onActiveIndexChange: handleActiveIndexChange,
            })
          : null}
      </div>
      {/* Always in the page, so screen readers notice when its text changes. */}
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {children}
    </div>
  );
}
