import { csvRows } from '../components/DataTable/table-columns';
import type { GetSectorViewCell } from '../graphql/queries/getSectorView';

import { distributionColumns, distributionRows, withheldText } from './sector-distribution';

const cell = (overrides: Partial<GetSectorViewCell>): GetSectorViewCell => ({
  sectionKey: 'appeals',
  peerGroupKey: 'all',
  suppressed: false,
  suppressionReason: null,
  contributorsBand: '200+',
  median: 61.2,
  lowerQuartile: 48.9,
  upperQuartile: 70.5,
  distribution: [10, 40, 35, 15],
  changeFromPrevious: 2,
  ...overrides,
});

/** A group's CSV row when every figure is withheld: its name, c for each of the eight figures, and why. */
const withheldRow = (group: string, why: string): string[] => [group, ...Array<string>(8).fill('c'), why];

const LEVELS = [{ label: 'Poor' }, { label: 'Fair' }, { label: 'Good' }, { label: 'Excellent' }];
const GROUPS = [
  { key: 'all', name: 'All councils' },
  { key: 'type:district', name: 'District councils' },
  { key: 'type:city-of-london', name: 'City of London' },
  { key: 'type:county', name: 'County councils' },
];

describe('sector distribution', () => {
  const cells = [
    cell({}),
    cell({ peerGroupKey: 'type:district', contributorsBand: '100–199', distribution: null }),
    cell({
      peerGroupKey: 'type:city-of-london',
      suppressed: true,
      suppressionReason: 'Fewer than 5 other councils contributed.',
      contributorsBand: 'c',
      median: null,
      lowerQuartile: null,
      upperQuartile: null,
      distribution: null,
    }),
    cell({ sectionKey: 'enforcement' }),
  ];
  const rows = distributionRows(cells, 'appeals', GROUPS);

  it("should give one row per group, in the groups' order, with that section's cell", () => {
    expect(rows.map((r) => [r.groupName, r.cell?.sectionKey ?? null])).toEqual([
      ['All councils', 'appeals'],
      ['District councils', 'appeals'],
      ['City of London', 'appeals'],
      ['County councils', null],
    ]);
  });

  it('should show the quartiles, contributors and share at each level, rounded, as the table and the CSV', () => {
    expect(csvRows(distributionColumns(LEVELS), rows)[0]).toEqual([
      'All councils',
      '49',
      '61',
      '71',
      '200+',
      '10%',
      '40%',
      '35%',
      '15%',
      '',
    ]);
  });

  it("should show c for every figure of a withheld cell, with the API's reason counting councils, as no council is viewing", () => {
    expect(csvRows(distributionColumns(LEVELS), rows)[2]).toEqual(withheldRow('City of London', 'Fewer than 5 councils contributed.'));
  });

  it('should show c for the levels alone when only the spread over levels is withheld, and say why', () => {
    const district = csvRows(distributionColumns(LEVELS), rows)[1];
    expect(district.slice(1, 9)).toEqual(['49', '61', '71', '100–199', 'c', 'c', 'c', 'c']);
    expect(district[9]).toMatch(/nearly all of them share one level/);
  });

  it('should say so when the API sent nothing for a group', () => {
    expect(csvRows(distributionColumns(LEVELS), rows)[3]).toEqual(withheldRow('County councils', 'This peer group was not compared.'));
  });

  it('should give a reason for a withheld cell even when the API gives none', () => {
    expect(withheldText({ groupKey: 'x', groupName: 'X', cell: cell({ suppressed: true, suppressionReason: null }) })).toMatch(/anonymity/);
  });

  it('should say "Not available" for a missing quartile of a shown cell', () => {
    const [row] = distributionRows([cell({ lowerQuartile: null })], 'appeals', GROUPS.slice(0, 1));
    expect(csvRows(distributionColumns(LEVELS), [row])[0][1]).toBe('Not available');
  });
});
