/**
 * The layout every row chart shares: a label column at the left, a 0–100 plot, a gutter at the
 * right for "c", and one row per datum, all of one height. Pure, so it is tested on its own.
 */
import { CHART_MARGIN, LABEL_CHAR_WIDTH, LABEL_GAP, LABEL_LINE_HEIGHT, ROW_PADDING, SUPPRESSED_GUTTER_WIDTH } from './constants';
import { getLabelColumnWidth, wrapLabel } from './label-wrapping';

/** What a row chart needs of a datum: a stable key and the title its label shows. */
export type RowDatum = { key: string; title: string };

/** One row's place in the chart. */
export type RowLayout<TDatum extends RowDatum> = {
  datum: TDatum;
  index: number;
  /** Top of the row (px from the top of the SVG) and its height. */
  y: number;
  height: number;
  /** Vertical centre of the row, where the label (and a single lane of marks) sits. */
  centreY: number;
  /** The label, wrapped (and if need be shortened) to fit the label column. */
  labelLines: string[];
};

/** Everything the SVG needs to place its marks at a given width. */
export type RowChartLayout<TRow> = {
  width: number;
  height: number;
  /** Right edge of the label column (labels are right-aligned to it). */
  labelRight: number;
  /** The plot's horizontal extent: the range of the x scale. */
  plotLeft: number;
  plotRight: number;
  /** Top and bottom of the rows. */
  plotTop: number;
  plotBottom: number;
  /** Centre of the gutter where withheld rows show "c". */
  suppressedX: number;
  rowHeight: number;
  rows: TRow[];
};

/**
 * Lays the rows out for a chart of the given width, in the order given: the framework's own
 * order, never sorted by score, because a ranked list reads as a league table. Every row has the
 * height of the tallest label (at least minRowHeight), so the rows line up with the grid.
 */
export function layoutRows<TDatum extends RowDatum>(
  data: TDatum[],
  width: number,
  minRowHeight: number,
): RowChartLayout<RowLayout<TDatum>> {
  const labelWidth = getLabelColumnWidth(width);
  const labelRight = CHART_MARGIN.left + labelWidth;
  const plotLeft = labelRight + LABEL_GAP;
  // Keep some plot even in an absurdly narrow container, rather than a negative range.
  const plotRight = Math.max(plotLeft + 40, width - CHART_MARGIN.right - SUPPRESSED_GUTTER_WIDTH);
  const charsPerLine = labelWidth / LABEL_CHAR_WIDTH;
  const wrapped = data.map((d) => wrapLabel(d.title, charsPerLine));
  const maxLines = Math.max(1, ...wrapped.map((lines) => lines.length));
  const rowHeight = Math.max(minRowHeight, maxLines * LABEL_LINE_HEIGHT + 2 * ROW_PADDING);
  const plotTop = CHART_MARGIN.top;
  const rows = data.map((datum, index) => {
    const y = plotTop + index * rowHeight;
    return { datum, index, y, height: rowHeight, centreY: y + rowHeight / 2, labelLines: wrapped[index] };
  });
  const plotBottom = plotTop + data.length * rowHeight;
  return {
    width,
    height: plotBottom + CHART_MARGIN.bottom,
    labelRight,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    suppressedX: plotRight + SUPPRESSED_GUTTER_WIDTH / 2,
    rowHeight,
    rows,
  };
}
