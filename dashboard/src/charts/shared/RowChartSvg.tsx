import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

import { WITHHELD_SYMBOL } from '../../format/withheld';

import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, ROW_CHART_COLOURS } from './constants';
import type { RowChartLayout, RowDatum, RowLayout } from './row-chart.domain';
import { type ActiveRowSource, getNextRowIndex } from './row-navigation';
import { ScoreAxis, type ScoreScale } from './ScoreAxis';

/** What the outer RowChart hands its inner SVG: where to draw and which row is active. */
export type RowChartState = {
  width: number;
  /** Id of the visible keyboard instructions, added to the chart's description. */
  instructionsId?: string;
  /** The row with keyboard focus or under the pointer, if any. */
  activeIndex: number | null;
  activeSource: ActiveRowSource | null;
  /** Called with the row to make active (null for none) and how it was reached. */
  onActiveIndexChange: (index: number | null, source: ActiveRowSource) => void;
};

/** Props of RowChartSvg. */
export type RowChartSvgProps<TDatum extends RowDatum, TRow extends RowLayout<TDatum>> = Omit<RowChartState, 'width'> & {
  /** The chart's own class for its <svg>, beside the shared app-row-chart__svg. */
  className: string;
  /** What kind of chart it is, for aria-roledescription, e.g. "dot plot". */
  roleDescription: string;
  /** Accessible name of the chart. */
  title: string;
  /** The generated summary, used as the SVG's <desc>. */
  summary: string;
  layout: RowChartLayout<TRow>;
  scale: ScoreScale;
  /** A row's marks, drawn over its label and highlight. */
  renderMarks: (row: TRow) => ReactNode;
};

/**
 * The frame of a row chart at a fixed size: the SVG with its role, name and description, one tab
 * stop whose arrow keys move between rows, the row stripes and the score axis, and for each row the
 * pointer target, GOV.UK's focus highlight and the wrapped label. The chart draws only its marks.
 */
export function RowChartSvg<TDatum extends RowDatum, TRow extends RowLayout<TDatum>>({
  className,
  roleDescription,
  title,
  summary,
  layout,
  scale,
  instructionsId,
  activeIndex,
  activeSource,
  onActiveIndexChange,
  renderMarks,
}: RowChartSvgProps<TDatum, TRow>) {
  const titleId = useId();
  const descId = useId();
  const activeRowRef = useRef<SVGRectElement>(null);
  const { width, height, rows, rowHeight, plotLeft, plotRight, plotTop, plotBottom } = layout;

  // Keep the row reached by keyboard on screen: the chart can be taller than the window, and the
  // arrow keys no longer scroll the page while the chart has focus.
  useEffect(() => {
    if (activeSource === 'keyboard' && activeIndex !== null) activeRowRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, activeSource]);

  const handleKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = getNextRowIndex(activeIndex, event.key, rows.length);
    if (!next.handled) return;
    event.preventDefault();
    onActiveIndexChange(next.index, 'keyboard');
  };

  return (
    <svg
      className={`app-row-chart__svg ${className}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-roledescription={roleDescription}
      aria-labelledby={titleId}
      aria-describedby={instructionsId ? `${descId} ${instructionsId}` : descId}
      // One tab stop for the whole chart; the arrow keys move between rows inside it.
      tabIndex={rows.length > 0 ? 0 : undefined}
      onKeyDown={handleKeyDown}
      onBlur={() => onActiveIndexChange(null, 'keyboard')}
      onMouseLeave={() => onActiveIndexChange(null, 'pointer')}
      fontSize={LABEL_FONT_SIZE}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary}</desc>

      {/* Decoration only: stripes that help the eye along a row, the grid and the axes. */}
      <g aria-hidden="true">
        {rows.map((row) =>
          row.index % 2 === 1 ? (
            <rect key={row.datum.key} x={0} y={row.y} width={width} height={rowHeight} fill={ROW_CHART_COLOURS.rowStripe} />
          ) : null,
        )}
        <ScoreAxis scale={scale} plotLeft={plotLeft} plotRight={plotRight} plotTop={plotTop} plotBottom={plotBottom} />
      </g>

      {rows.map((row) => {
        const { datum, index, y, centreY, labelLines } = row;
        const isActive = index === activeIndex;
        const firstLineY = centreY - ((labelLines.length - 1) * LABEL_LINE_HEIGHT) / 2;
        return (
          <g key={datum.key} onMouseEnter={() => onActiveIndexChange(index, 'pointer')}>
            {/* The whole row answers the pointer, not just its small marks. */}
            <rect x={0} y={y} width={width} height={rowHeight} fill="transparent" />
            {isActive ? (
              // GOV.UK's focus style: yellow with a thick black underline, so it does not rely on colour.
              <g>
                <rect ref={activeRowRef} x={0} y={y} width={width} height={rowHeight} fill={ROW_CHART_COLOURS.focus} />
                <rect x={0} y={y + rowHeight - 4} width={width} height={4} fill={ROW_CHART_COLOURS.focusText} />
              </g>
            ) : null}
            <text
              x={layout.labelRight}
              y={firstLineY}
              textAnchor="end"
              dominantBaseline="central"
              fill={ROW_CHART_COLOURS.text}
              fontWeight={isActive ? 700 : 400}
            >
              {labelLines.map((line, lineIndex) => (
                <tspan key={lineIndex} x={layout.labelRight} y={firstLineY + lineIndex * LABEL_LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            {renderMarks(row)}
          </g>
        );
      })}
    </svg>
  );
}

/** Props of WithheldMark. */
export type WithheldMarkProps = { x: number; y: number };

/**
 * "c" in the gutter of a row whose peer figures are withheld. Inside the chart's image, so it is not
 * read out: the summary, the announcement and the table say the figures are withheld and why.
 */
export function WithheldMark({ x, y }: WithheldMarkProps) {
  return (
    <text x={x} y={y} textAnchor="middle" dominantBaseline="central" fill={ROW_CHART_COLOURS.text} fontWeight={700}>
      {WITHHELD_SYMBOL}
    </text>
  );
}
