import { PLAN_STATUS_SERIES_EXAMPLES } from './examples';
import {
  buildPlanStatusSummary,
  describeMonth,
  describePoint,
  getCount,
  getCountDomain,
  getCountTicks,
  getMonthTickIndexes,
  getNextMonthIndex,
  layoutEndLabels,
  monthLabel,
  TABLE_HEADINGS,
  tableRowCells,
} from './plan-status-series.domain';

const { typical, empty, singleMonth, allEqual, missingValues } = PLAN_STATUS_SERIES_EXAMPLES;

describe('plan status series domain', () => {
  it('should read a missing, negative or NaN count as 0', () => {
    expect(getCount(missingValues.data[1], 'RED')).toBe(0);
    expect(getCount({ ...singleMonth.data[0], amber: -3 }, 'AMBER')).toBe(0);
    expect(getCount(singleMonth.data[0], 'NONE')).toBe(2);
  });

  it('should start the count axis at zero and keep an axis for an empty plan', () => {
    expect(getCountDomain(typical.data)).toEqual([0, 8]);
    expect(getCountDomain(empty.data)).toEqual([0, 1]);
    expect(getCountDomain(missingValues.data)).toEqual([0, 1]);
    expect(getCountDomain(allEqual.data)).toEqual([0, 2]);
    // 10 with a step of 3 rounds up to 12, so the top of the axis is a labelled tick.
    expect(getCountDomain([{ ...singleMonth.data[0], blue: 10 }])).toEqual([0, 12]);
  });

  it('should tick in whole numbers up to the top', () => {
    expect(getCountTicks([0, 8])).toEqual([0, 2, 4, 6, 8]);
    expect(getCountTicks([0, 1])).toEqual([0, 1]);
    expect(getCountTicks([0, 12])).toEqual([0, 3, 6, 9, 12]);
  });

  it('should label the first and last month and some between', () => {
    expect(getMonthTickIndexes(0, 6)).toEqual([]);
    expect(getMonthTickIndexes(1, 6)).toEqual([0]);
    expect(getMonthTickIndexes(4, 6)).toEqual([0, 1, 2, 3]);
    const many = getMonthTickIndexes(25, 6);
    expect(many[0]).toBe(0);
    expect(many[many.length - 1]).toBe(24);
    expect(many.length).toBeLessThanOrEqual(6);
  });

  it('should keep end labels apart, in order, and inside the plot when counts are equal', () => {
    const placed = layoutEndLabels(
      [
        { key: 'RED', y: 100 },
        { key: 'AMBER', y: 100 },
        { key: 'GREEN', y: 100 },
        { key: 'BLUE', y: 100 },
        { key: 'NONE', y: 100 },
      ],
      16,
      120,
    );
    const ys = [placed.RED, placed.AMBER, placed.GREEN, placed.BLUE, placed.NONE];
    expect(ys).toEqual([56, 72, 88, 104, 120]);
    expect(
      layoutEndLabels(
        [
          { key: 'RED', y: 10 },
          { key: 'BLUE', y: 80 },
        ],
        16,
        200,
      ),
    ).toEqual({ RED: 10, BLUE: 80 });
  });

  it('should write months and points in words', () => {
    expect(monthLabel('2026-03-31')).toBe('Mar 2026');
    expect(monthLabel('2026-03-31', true)).toBe('March 2026');
    expect(monthLabel('later')).toBe('later');
    expect(describePoint(typical.data[6], 'BLUE')).toBe('Blue (complete), July 2026, 5 actions');
    expect(describeMonth(singleMonth.data[0])).toBe(
      'December 2026: 1 Red (off track), 0 Amber (at risk), 0 Green (on track), 1 Blue (complete), 2 No update yet; 4 actions in all',
    );
  });

  it('should summarise the last month, the change since the first, and the empty cases', () => {
    expect(buildPlanStatusSummary(empty.data)).toBe('The plan has no months to show yet.');
    expect(buildPlanStatusSummary(typical.data)).toContain('At the end of July 2026, 5 of 8 actions are complete (Blue)');
    expect(buildPlanStatusSummary(typical.data)).toContain('At the start there were 0 complete and 0 off track.');
    expect(buildPlanStatusSummary(singleMonth.data)).toMatch(/^For December 2026,/);
    expect(buildPlanStatusSummary([{ ...singleMonth.data[0], red: 0, blue: 0, noUpdate: 0, total: 0 }])).toBe(
      'For December 2026, the plan has no actions.',
    );
  });

  it('should make table rows from the same counts as the marks', () => {
    expect(TABLE_HEADINGS).toEqual([
      'Month',
      'Red (off track)',
      'Amber (at risk)',
      'Green (on track)',
      'Blue (complete)',
      'No update yet',
      'All actions',
    ]);
    expect(tableRowCells(missingValues.data[1])).toEqual(['February 2026', '0', '0', '0', '0', '0', '2']);
  });

  it('should move between months by keyboard and stop at the ends', () => {
    expect(getNextMonthIndex(null, 'ArrowRight', 3)).toBe(0);
    expect(getNextMonthIndex(2, 'ArrowRight', 3)).toBe(2);
    expect(getNextMonthIndex(0, 'ArrowLeft', 3)).toBe(0);
    expect(getNextMonthIndex(1, 'End', 3)).toBe(2);
    expect(getNextMonthIndex(1, 'a', 3)).toBeNull();
    expect(getNextMonthIndex(null, 'Home', 0)).toBeNull();
  });
});
