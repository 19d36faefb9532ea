import { HEATMAP_EXAMPLES } from './examples';
import {
  buildHeatmapSummary,
  buildHeatmapTableRows,
  changeText,
  describeCell,
  describeChange,
  getCell,
  getCellView,
  getChange,
  getHeatmapTitle,
  getMedian,
  getNextCell,
  getShade,
  groupsOfKind,
  medianText,
} from './sector-heatmap.domain';

const { typical, empty, oneCouncil, allEqual, suppressed } = HEATMAP_EXAMPLES;

describe('sector heatmap domain', () => {
  it('should give medians and changes on the whole numbers shown', () => {
    const cell = getCell(typical, 'use-of-it', 'all');
    expect(getMedian(cell)).toBe(50);
    expect(getChange(cell)).toBe(-4);
    expect(getChange(getCell(typical, 'performance-management', 'all'))).toBe(0);
    expect(changeText(getCell(typical, 'use-of-it', 'type:district'))).toBe('+6');
  });

  it("should draw a cell with its median's shade and its change, and never shade a withheld or missing one", () => {
    expect(getCellView(typical, 'use-of-it', 'all')).toEqual({
      cell: getCell(typical, 'use-of-it', 'all'),
      shade: getShade(50),
      change: { symbol: '▼', number: '-4', words: 'down 4' },
    });
    // No previous round: no change, and the leaked median of the withheld cell gives no shade.
    expect(getCellView(suppressed, 'performance-management', 'all')).toMatchObject({ shade: null, change: null });
    expect(getCellView(oneCouncil, 'use-of-it', 'all')).toEqual({ cell: undefined, shade: null, change: null });
  });

  it('should write a change with a symbol, a signed number and words, not colour alone', () => {
    expect(describeChange(2)).toEqual({ symbol: '▲', number: '+2', words: 'up 2' });
    expect(describeChange(-3)).toEqual({ symbol: '▼', number: '-3', words: 'down 3' });
    expect(describeChange(0)).toEqual({ symbol: '●', number: '0', words: 'no change' });
    expect(describeChange(null)).toBeNull();
  });

  it('should shade evenly by median, so one point apart looks almost the same, when medians differ', () => {
    expect(getShade(0)).toBe('hsl(207 55% 97%)');
    expect(getShade(100)).toBe('hsl(207 55% 58%)');
    expect(getShade(120)).toBe(getShade(100));
    expect(getShade(-5)).toBe(getShade(0));
    const lightness = (median: number) => Number(/ ([\d.]+)%\)$/.exec(getShade(median)!)![1]);
    expect(lightness(60) - lightness(61)).toBeCloseTo(0.4, 5);
    expect(getShade(null)).toBeNull();
  });

  it('should never show a median for a withheld cell, even if one leaked', () => {
    const cell = getCell(suppressed, 'performance-management', 'all');
    expect(getMedian(cell)).toBeNull();
    expect(medianText(cell)).toBe('c');
    expect(buildHeatmapTableRows(suppressed)[0]).toMatchObject({ median: 'c', lowerQuartile: 'c', change: 'c', contributors: 'c' });
  });

  it('should put all councils first, then the groups of one kind', () => {
    expect(groupsOfKind(typical.groups, 'TYPE').map((g) => g.key)).toEqual(['all', 'type:district', 'type:city_of_london']);
    expect(groupsOfKind(typical.groups, 'REGION').map((g) => g.key)).toEqual(['all', 'region:London']);
  });

  it('should summarise the typical example', () => {
    expect(buildHeatmapSummary(typical)).toBe(
      '2 sections by 4 peer groups. Medians range from 50 to 62. Since 2024-25, 2 rose, 1 fell and 1 did not change. 4 cells are withheld (shown as c) to keep the councils that contributed anonymous.',
    );
    expect(getHeatmapTitle(typical)).toBe('Median section scores by peer group, 2025-26');
  });

  it('should say when there is nothing to show, everything is withheld, or everything is equal', () => {
    expect(buildHeatmapSummary(empty)).toBe('There are no sections or peer groups to show.');
    expect(buildHeatmapSummary(oneCouncil)).toBe(
      '2 sections by 1 peer group. Every median is withheld. 2 cells are withheld (shown as c) to keep the councils that contributed anonymous.',
    );
    expect(buildHeatmapSummary(allEqual)).toBe(
      '2 sections by 2 peer groups. Every median shown is 50. Since 2024-25, 0 rose, 0 fell and 4 did not change.',
    );
    expect(buildHeatmapSummary(suppressed)).toBe(
      '2 sections by 1 peer group. Every median shown is 50. 1 cell is withheld (shown as c) to keep the councils that contributed anonymous.',
    );
  });

  it('should announce a cell with its section, group, figures and change, or why it is withheld', () => {
    const [pm] = typical.sections;
    expect(describeCell(typical, pm, typical.groups[1])).toBe(
      'Performance management, district councils: median 62, up 2 since 2024-25, middle half 50 to 72, 100–199 councils contributing',
    );
    expect(describeCell(typical, pm, typical.groups[3])).toBe(
      `Performance management, councils in London: withheld (c). Its councils differ from "London boroughs" by fewer than 5, so showing both could reveal individual results.`,
    );
  });

  it('should move between cells with the arrow keys, stopping at the edges, and leave with Escape', () => {
    expect(getNextCell(null, 'ArrowDown', 2, 3)).toEqual({ position: { row: 0, column: 0 }, handled: true });
    expect(getNextCell(null, 'Tab', 2, 3)).toEqual({ position: null, handled: false });
    expect(getNextCell({ row: 0, column: 0 }, 'ArrowRight', 2, 3).position).toEqual({ row: 0, column: 1 });
    expect(getNextCell({ row: 1, column: 2 }, 'ArrowRight', 2, 3).position).toEqual({ row: 1, column: 2 });
    expect(getNextCell({ row: 1, column: 2 }, 'ArrowDown', 2, 3).position).toEqual({ row: 1, column: 2 });
    expect(getNextCell({ row: 1, column: 1 }, 'Home', 2, 3).position).toEqual({ row: 1, column: 0 });
    expect(getNextCell({ row: 1, column: 1 }, 'End', 2, 3).position).toEqual({ row: 1, column: 2 });
    expect(getNextCell({ row: 1, column: 1 }, 'Escape', 2, 3)).toEqual({ position: null, handled: true });
    expect(getNextCell(null, 'ArrowDown', 0, 3)).toEqual({ position: null, handled: false });
  });

  it('should give one table row per cell, with c and the reason for withheld cells', () => {
    const rows = buildHeatmapTableRows(typical);
    expect(rows).toHaveLength(8);
    expect(rows[1]).toEqual({
      key: 'performance-management|type:district',
      section: 'Performance management',
      group: 'District councils',
      median: '62',
      lowerQuartile: '50',
      upperQuartile: '72',
      change: '+2',
      contributors: '100–199',
      note: '',
    });
    expect(rows[2]).toMatchObject({ median: 'c', change: 'c', contributors: 'c' });
    expect(rows[2].note).toMatch(/anonymity/);
    expect(buildHeatmapTableRows(suppressed)[1].change).toBe('Not available');
  });
});
