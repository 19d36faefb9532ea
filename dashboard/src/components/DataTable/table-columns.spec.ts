import { toCsv } from '../../csv/to-csv';

import { csvHeadings, csvRows, type TableColumn } from './table-columns';

type Row = { section: string; median: string; link: string };

const columns: TableColumn<Row>[] = [
  { heading: 'Section', text: (r) => r.section },
  { heading: 'Median', text: (r) => r.median, numeric: true },
  { heading: 'Items', text: (r) => r.link, csv: false },
];

describe('table columns', () => {
  it('should give the CSV the headings and cells the table shows, leaving out page-only columns', () => {
    const rows = [
      { section: 'Use of IT', median: '50', link: 'Show items' },
      { section: 'Conditions, obligations', median: 'c', link: 'Show items' },
    ];
    expect(csvHeadings(columns)).toEqual(['Section', 'Median']);
    expect(csvRows(columns, rows)).toEqual([
      ['Use of IT', '50'],
      ['Conditions, obligations', 'c'],
    ]);
    expect(toCsv(csvHeadings(columns), csvRows(columns, rows))).toBe('Section,Median\r\nUse of IT,50\r\n"Conditions, obligations",c\r\n');
  });

  it('should give just the header row for an empty table', () => {
    expect(csvRows(columns, [])).toEqual([]);
  });
});
