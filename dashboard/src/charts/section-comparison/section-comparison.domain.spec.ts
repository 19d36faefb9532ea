import { CHART_MARGIN, LABEL_MAX_LINES } from '../shared/constants';

import { ROW_MIN_HEIGHT } from './constants';
import { SECTION_COMPARISON_EXAMPLES } from './examples';
import {
  buildSummary,
  buildTableRows,
  compareWithMedian,
  describeRow,
  getChartTitle,
  getCouncilScore,
  getPeerMedian,
  getTableHeadings,
  layoutChart,
} from './section-comparison.domain';

const { typical, empty, singleSection, allEqual, suppressedRows, nullCouncilScore, invalidValues } = SECTION_COMPARISON_EXAMPLES;

describe('section comparison domain', () => {
  describe('accessors', () => {
    it('should treat null, NaN and infinite values as missing', () => {
      expect(getCouncilScore(invalidValues.data[0])).toBeNull();
    });

    it('should never return a peer figure for a suppressed row, even if one is present', () => {
      const leaky = { ...suppressedRows.data[1], peerMedian: 42 };
      expect(getPeerMedian(leaky)).toBeNull();
    });
  });

  describe('compareWithMedian', () => {
    it('should compare on the rounded figures people see', () => {
      expect(compareWithMedian(typical.data[0])).toBe('above');
      expect(compareWithMedian(typical.data[1])).toBe('below');
      expect(compareWithMedian({ ...typical.data[0], councilScore: 54.4, peerMedian: 54.2 })).toBe('same');
    });

    it('should not compare when the row is suppressed or the council did not assess it', () => {
      expect(compareWithMedian(suppressedRows.data[1])).toBe('not-comparable');
      expect(compareWithMedian(nullCouncilScore.data[1])).toBe('not-comparable');
      expect(compareWithMedian(invalidValues.data[0])).toBe('not-comparable');
    });
  });

  describe('layoutChart', () => {
    it('should give every row the same height and keep them in the order given', () => {
      const layout = layoutChart(typical.data, 900);
      expect(layout.rows.map((r) => r.datum.key)).toEqual(typical.data.map((d) => d.key));
      expect(layout.rows[1].y - layout.rows[0].y).toBe(layout.rowHeight);
      expect(layout.plotBottom).toBe(CHART_MARGIN.top + typical.data.length * layout.rowHeight);
      expect(layout.height).toBe(layout.plotBottom + CHART_MARGIN.bottom);
    });

    it('should put the plot to the right of the label column and inside the width', () => {
      const layout = layoutChart(typical.data, 900);
      expect(layout.plotLeft).toBeGreaterThan(layout.labelRight);
      expect(layout.suppressedX).toBeLessThan(900);
      expect(layout.plotRight).toBeLessThan(layout.suppressedX);
    });

    it('should wrap labels onto more lines, and make rows taller, when narrow', () => {
      const wide = layoutChart(typical.data, 900);
      const narrow = layoutChart(typical.data, 320);
      expect(narrow.rowHeight).toBeGreaterThan(wide.rowHeight);
      expect(Math.max(...narrow.rows.map((r) => r.labelLines.length))).toBeLessThanOrEqual(LABEL_MAX_LINES);
    });

    it('should lay out an empty dataset as axes only', () => {
      const layout = layoutChart(empty.data, 600);
      expect(layout.rows).toEqual([]);
      expect(layout.plotBottom).toBe(layout.plotTop);
      expect(layout.rowHeight).toBeGreaterThanOrEqual(ROW_MIN_HEIGHT);
    });

    it('should keep a positive plot width in a tiny container', () => {
      const layout = layoutChart(singleSection.data, 50);
      expect(layout.plotRight).toBeGreaterThan(layout.plotLeft);
    });
  });

  describe('buildSummary', () => {
    it('should count sections above, below and level with the median and name the widest gaps when typical', () => {
      expect(buildSummary(typical.data, typical)).toBe(
        'Chesterfield scored above the median of other councils in 9 of 15 sections, below it in 4 and the same as it in 2. ' +
          'It was furthest above the median in Use of IT (by 25 points) and furthest below it in Appeals (by 16 points).',
      );
    });

    it("should count in the position table's words, not 'above', when the rows carry the table's phrases", () => {
      const phrases = ['broadly similar to', 'slightly above', 'broadly similar to', 'below'];
      const rows = typical.data.slice(0, 4).map((d, i) => ({ ...d, positionPhrase: phrases[i] }));
      expect(buildSummary(rows, typical)).toMatch(
        /^Against the median of other councils, Chesterfield is slightly above in 1 section, broadly similar in 2 and below in 1\. /,
      );
      // A phrase the table does not use falls back to the plain count.
      expect(buildSummary([{ ...rows[0], positionPhrase: 'odd' }, ...rows.slice(1)], typical)).toMatch(/^Chesterfield scored above/);
    });

    it('should say there is nothing to show when empty', () => {
      expect(buildSummary(empty.data, empty)).toBe('There are no sections to show.');
    });

    it('should give the figures themselves when there is a single section', () => {
      expect(buildSummary(singleSection.data, singleSection)).toBe(
        'In Leadership and culture, Bolsover scored 67, above the median of other councils (50) by 17 points.',
      );
    });

    it('should say the scores are the same when all are equal', () => {
      expect(buildSummary(allEqual.data, allEqual)).toBe(
        'Chesterfield scored above the median of other councils in 0 of 4 sections and the same as it in 4.',
      );
    });

    it('should say how many sections are withheld as c when rows are suppressed', () => {
      expect(buildSummary(suppressedRows.data, suppressedRows)).toBe(
        'Chesterfield scored above the median of other councils in 1 of 2 sections and below it in 1. ' +
          'It was furthest above the median in Performance management (by 8 points) and furthest below it in Use of IT (by 5 points). ' +
          'Chesterfield did not assess 1 section. ' +
          "Other councils' figures are withheld (shown as c) for 2 sections, because too few councils contributed to keep them anonymous.",
      );
    });

    it('should say which sections were not assessed when the council score is null', () => {
      expect(buildSummary(nullCouncilScore.data, nullCouncilScore)).toContain('Chesterfield did not assess 2 sections.');
      expect(buildSummary(nullCouncilScore.data, nullCouncilScore)).toMatch(
        /^Chesterfield scored above the median of other councils in 1 of 2 sections and below it in 1\./,
      );
    });

    it('should say only other councils are shown when the council has no scores at all', () => {
      const none = nullCouncilScore.data.map((d) => ({ ...d, councilScore: null }));
      expect(buildSummary(none, nullCouncilScore)).toBe(
        "Chesterfield has no section scores to compare, so only other councils' figures are shown.",
      );
    });

    it('should say nothing can be compared when every row is suppressed', () => {
      const allSuppressed = suppressedRows.data.filter((d) => d.suppressed && d.councilScore !== null);
      expect(buildSummary(allSuppressed, suppressedRows)).toMatch(
        /^None of Chesterfield's section scores can be compared with other councils\./,
      );
    });

    it("should use the framework's own name for a section", () => {
      expect(buildSummary([], { councilName: 'Bolsover', sectionLabel: 'Breakthrough area' })).toBe(
        'There are no breakthrough areas to show.',
      );
      expect(getChartTitle({ councilName: 'Bolsover', sectionLabel: 'Breakthrough area' })).toBe(
        "Bolsover's breakthrough area scores against other councils",
      );
    });

    it('should not be thrown by NaN, negative or over-range values', () => {
      expect(buildSummary(invalidValues.data, invalidValues)).toMatch(
        /^Chesterfield scored above the median of other councils in 1 of 2 sections and below it in 1\./,
      );
    });
  });

  describe('describeRow', () => {
    it('should announce the section, your council, the median and the middle half', () => {
      expect(describeRow(typical.data[4])).toBe(
        "Use of IT, your council 75, other councils' median 50, middle half of other councils 38 to 63",
      );
    });

    it('should say when the figures are withheld', () => {
      expect(describeRow(suppressedRows.data[1])).toBe("Financial management, your council 48, other councils' median withheld (c)");
    });

    it('should say when the council did not assess the section', () => {
      expect(describeRow(nullCouncilScore.data[1])).toBe(
        "Financial management, your council did not assess this, other councils' median 50, middle half of other councils 38 to 63",
      );
    });
  });

  describe('buildTableRows', () => {
    it('should round every figure to a whole number when typical', () => {
      expect(buildTableRows(typical.data)[0]).toEqual({
        key: 'performance-management',
        section: 'Performance management',
        councilScore: '62',
        peerMedian: '54',
        peerLowerQuartile: '42',
        peerUpperQuartile: '67',
        contributors: '200+',
        suppressionReason: null,
      });
    });

    it('should show c and the reason when a row is suppressed', () => {
      const rows = buildTableRows(suppressedRows.data);
      expect(rows[1]).toMatchObject({
        councilScore: '48',
        peerMedian: 'c',
        peerLowerQuartile: 'c',
        peerUpperQuartile: 'c',
        contributors: 'c',
      });
      expect(rows[1].suppressionReason).toMatch(/anonymity/);
      expect(rows[3].councilScore).toBe('Not assessed');
    });

    it('should say Not assessed for a null council score', () => {
      expect(buildTableRows(nullCouncilScore.data).map((r) => r.councilScore)).toEqual(['62', 'Not assessed', '45', 'Not assessed']);
    });

    it('should return no rows when empty', () => {
      expect(buildTableRows(empty.data)).toEqual([]);
    });
  });

  describe('getTableHeadings', () => {
    it("should name the first column after the framework's sections", () => {
      expect(getTableHeadings()).toEqual([
        'Section',
        'Your council',
        'Median of others',
        'Lower quartile',
        'Upper quartile',
        'Councils contributing',
      ]);
      expect(getTableHeadings('Breakthrough area')[0]).toBe('Breakthrough area');
    });
  });
});

describe('section comparison domain against a chosen peer group', () => {
  const { typical, singleSection, suppressedRows, nullCouncilScore } = SECTION_COMPARISON_EXAMPLES;
  const peersLabel = 'district councils';

  it('should name the group in the title, the summary and the announcements', () => {
    expect(getChartTitle({ ...typical, peersLabel })).toBe("Chesterfield's section scores against district councils");
    expect(buildSummary(typical.data, { ...typical, peersLabel })).toMatch(
      /^Chesterfield scored above the median of district councils in 9 of 15 sections/,
    );
    expect(buildSummary(singleSection.data, { ...singleSection, peersLabel })).toBe(
      'In Leadership and culture, Bolsover scored 67, above the median of district councils (50) by 17 points.',
    );
    expect(describeRow(typical.data[4], peersLabel)).toBe(
      'Use of IT, your council 75, median of district councils 50, middle half of district councils 38 to 63',
    );
  });

  it('should say the figures of the group are withheld', () => {
    expect(buildSummary(suppressedRows.data, { ...suppressedRows, peersLabel })).toContain(
      'The figures of district councils are withheld (shown as c) for 2 sections',
    );
    const none = nullCouncilScore.data.map((d) => ({ ...d, councilScore: null }));
    expect(buildSummary(none, { ...nullCouncilScore, peersLabel })).toBe(
      'Chesterfield has no section scores to compare, so only the figures of district councils are shown.',
    );
  });
});
