import { csvHeadings, csvRows } from '../components/DataTable/table-columns';
import type { GetCollaborationComparisonRow } from '../graphql/queries/getCollaborationComparison';

import { collaborationColumns, countDiffering, differenceText } from './collaboration-table';

const level = (label: string, position: number) => ({ key: label.toLowerCase(), label, position });
const row = (key: string, levels: GetCollaborationComparisonRow['levels'], difference: number): GetCollaborationComparisonRow => ({
  item: { key, text: `Question ${key}` },
  section: { key: 's', title: 'Leadership, and culture' },
  dimension: { key: 'progress', title: 'Progress' },
  levels,
  difference,
});

const comparison = {
  framework: {
    key: 'improvement-breakthroughs',
    version: '2006',
    title: 'Improvement breakthroughs',
    sectionLabel: 'Breakthrough area',
    itemLabel: 'Question',
  },
  councils: [
    { gssCode: 'E07000033', name: 'Bolsover' },
    { gssCode: 'E07000034', name: 'Chesterfield' },
  ],
};

describe('collaboration table', () => {
  const rows = [
    row('1', [level('Just starting', 0), level('Achieved', 2)], 2),
    row('2', [level('Achieved', 2), null], 0),
    row('3', [level('Achieved', 2), level('Achieved', 2)], 0),
  ];

  it('should put each council side by side, identified, marking the viewer’s own', () => {
    const columns = collaborationColumns(comparison, { ownGssCode: 'E07000034', showDimension: false });
    expect(csvHeadings(columns)).toEqual(['Question', 'Breakthrough area', 'Bolsover', 'Chesterfield (your council)', 'Difference']);
    expect(csvRows(columns, rows)).toEqual([
      ['Question 1', 'Leadership, and culture', 'Just starting', 'Achieved', '2 levels'],
      ['Question 2', 'Leadership, and culture', 'Achieved', 'Not rated', 'Not compared'],
      ['Question 3', 'Leadership, and culture', 'Achieved', 'Achieved', 'Same'],
    ]);
  });

  it('should add the dimension when the framework rates on several', () => {
    expect(csvHeadings(collaborationColumns(comparison, { ownGssCode: null, showDimension: true }))[2]).toBe('Rated on');
  });

  it('should count the rows rated differently and word the difference', () => {
    expect(countDiffering(rows)).toBe(1);
    expect(differenceText(row('4', [level('A', 0), level('B', 1)], 1))).toBe('1 level');
  });
});
