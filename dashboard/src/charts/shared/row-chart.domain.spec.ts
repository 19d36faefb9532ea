import { CHART_MARGIN, LABEL_LINE_HEIGHT, ROW_PADDING, SUPPRESSED_GUTTER_WIDTH } from './constants';
import { layoutRows } from './row-chart.domain';

const rows = [
  { key: 'a', title: 'Use of IT' },
  { key: 'b', title: 'Resource management (work allocation)' },
];

describe('row chart layout', () => {
  it('should keep the rows in the order given, one row height apart', () => {
    const layout = layoutRows(rows, 900, 40);
    expect(layout.rows.map((r) => r.datum.key)).toEqual(['a', 'b']);
    expect(layout.rows.map((r) => r.y)).toEqual([CHART_MARGIN.top, CHART_MARGIN.top + layout.rowHeight]);
    expect(layout.rows[0].centreY).toBe(CHART_MARGIN.top + layout.rowHeight / 2);
  });

  it('should make rows at least the minimum height, and tall enough for the longest label', () => {
    expect(layoutRows(rows, 900, 60).rowHeight).toBe(60);
    const narrow = layoutRows(rows, 320, 40);
    const lines = Math.max(...narrow.rows.map((r) => r.labelLines.length));
    expect(lines).toBeGreaterThan(1);
    expect(narrow.rowHeight).toBe(Math.max(40, lines * LABEL_LINE_HEIGHT + 2 * ROW_PADDING));
  });

  it('should put the withheld gutter between the plot and the right margin', () => {
    const layout = layoutRows(rows, 900, 40);
    expect(layout.suppressedX).toBe(layout.plotRight + SUPPRESSED_GUTTER_WIDTH / 2);
    expect(layout.plotRight).toBe(900 - CHART_MARGIN.right - SUPPRESSED_GUTTER_WIDTH);
  });
});
