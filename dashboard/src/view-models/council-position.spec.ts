import { csvRows } from '../components/DataTable/table-columns';
import type { GetCouncilPositionComparison, GetCouncilPositionSubject } from '../graphql/queries/getCouncilPosition';
import type { PeerGroupSummaryFragment } from '../graphql/generated/graphql';

import {
  dimensionKeysOf,
  dimensionOf,
  groupIn,
  itemColumns,
  offeredGroups,
  positionColumns,
  positionRows,
  subjectsOn,
  toChartData,
  toNowAmbitionData,
} from './council-position';

const ALL: PeerGroupSummaryFragment = { key: 'all', label: 'All councils', kind: 'ALL', alwaysWithheld: false };
const DISTRICT: PeerGroupSummaryFragment = { key: 'type:district', label: 'District councils', kind: 'TYPE', alwaysWithheld: false };
const CASH: PeerGroupSummaryFragment = {
  key: 'circumstance:cash-strapped',
  label: 'Cash-strapped',
  kind: 'CIRCUMSTANCE',
  alwaysWithheld: false,
};

const shown = (group: PeerGroupSummaryFragment, median: number, phrase: string | null, band = '100–199'): GetCouncilPositionComparison => ({
  peerGroup: group,
  suppressed: false,
  suppressionReason: null,
  contributorsBand: band,
  median,
  lowerQuartile: median - 12.5,
  upperQuartile: median + 12.5,
  position: phrase ? { band: 'UPPER_MIDDLE', phrase, madsFromMedian: 0.8 } : null,
});
const withheld = (group: PeerGroupSummaryFragment, reason: string | null): GetCouncilPositionComparison => ({
  peerGroup: group,
  suppressed: true,
  suppressionReason: reason,
  contributorsBand: 'c',
  median: null,
  lowerQuartile: null,
  upperQuartile: null,
  position: null,
});
const subject = (
  key: string,
  dimension: string,
  councilScore: number | null,
  comparisons: GetCouncilPositionComparison[],
  answered = 3,
  total = 4,
  spread: number | null = 12.4,
): GetCouncilPositionSubject => ({
  key,
  title: key.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
  sectionKey: null,
  dimension: { key: dimension, title: dimension },
  councilScore,
  answered,
  total,
  spread,
  comparisons,
});

/** Named examples, as the charts keep them. */
const EXAMPLES = {
  typical: [
    subject('use-of-it', 'progress', 62.5, [shown(ALL, 50, 'slightly above'), shown(DISTRICT, 56.3, 'broadly similar to')]),
    subject('appeals', 'progress', 25, [shown(ALL, 50, 'well below'), shown(DISTRICT, 43.8, 'below')], 4, 4, null),
    subject('use-of-it', 'plan-coverage', 40, [shown(ALL, 50, 'below'), shown(DISTRICT, 50, 'below')]),
  ],
  empty: [] as GetCouncilPositionSubject[],
  oneCouncil: [
    subject('use-of-it', 'progress', 75, [
      withheld(ALL, 'Fewer than 5 other councils contributed.'),
      withheld(DISTRICT, 'Fewer than 5 other councils contributed.'),
    ]),
  ],
  allEqual: [subject('use-of-it', 'progress', 50, [shown(ALL, 50, null), shown(DISTRICT, 50, null)])],
  suppressed: [
    subject('use-of-it', 'progress', 62.5, [
      shown(ALL, 50, 'slightly above'),
      withheld(DISTRICT, 'District councils differ from another group by too few councils.'),
    ]),
    subject('appeals', 'progress', null, [shown(ALL, 50, null), withheld(DISTRICT, null)], 0, 0, null),
  ],
};

const options = { subjectLabel: 'Section', councilName: 'Chesterfield', group: DISTRICT };

describe('council position shaping', () => {
  it('should keep the subjects of one dimension in the order the API sent them', () => {
    expect(dimensionOf(EXAMPLES.typical, null)).toBe('progress');
    expect(dimensionOf(EXAMPLES.typical, 'plan-coverage')).toBe('plan-coverage');
    expect(dimensionOf(EXAMPLES.typical, 'ambition')).toBe('progress');
    expect(subjectsOn(EXAMPLES.typical, 'progress').map((s) => s.key)).toEqual(['use-of-it', 'appeals']);
    expect(dimensionOf(EXAMPLES.empty, null)).toBeNull();
    expect(subjectsOn(EXAMPLES.empty, null)).toEqual([]);
  });

  it("should give the chart the chosen group's figures when typical", () => {
    const data = toChartData(positionRows(subjectsOn(EXAMPLES.typical, 'progress'), DISTRICT.key));
    expect(data[0]).toEqual({
      key: 'use-of-it',
      title: 'Use of it',
      councilScore: 62.5,
      peerMedian: 56.3,
      peerLowerQuartile: 43.8,
      peerUpperQuartile: 68.8,
      contributorsBand: '100–199',
      suppressed: false,
      suppressionReason: null,
      positionPhrase: 'broadly similar to',
    });
  });

  it('should write the MAD phrase against the group, coverage and spread into the position table', () => {
    const rows = positionRows(subjectsOn(EXAMPLES.typical, 'progress'), DISTRICT.key);
    expect(csvRows(positionColumns(options), rows)).toEqual([
      ['Use of it', '63', '56', 'Broadly similar to the median of district councils', '3 of 4', '12 points', ''],
      ['Appeals', '25', '44', 'Below the median of district councils', '4 of 4', 'Not available', ''],
    ]);
    expect(positionColumns(options).map((c) => c.heading)).toEqual([
      'Section',
      "Chesterfield's score",
      'Peer median',
      'Where Chesterfield sits',
      'Items answered',
      'Spread',
      'Why withheld',
    ]);
  });

  it('should show c and say why when the figures are withheld', () => {
    const rows = positionRows(subjectsOn(EXAMPLES.suppressed, 'progress'), DISTRICT.key);
    expect(csvRows(positionColumns(options), rows)).toEqual([
      ['Use of it', '63', 'c', 'c', '3 of 4', '12 points', 'District councils differ from another group by too few councils.'],
      [
        'Appeals',
        'Not assessed',
        'c',
        'c',
        'Not assessed',
        'Not available',
        'Withheld to protect the anonymity of the councils that contributed.',
      ],
    ]);
    const chart = toChartData(rows);
    expect(chart.every((d) => d.suppressed && d.contributorsBand === 'c' && d.peerMedian === null)).toBe(true);
    expect(chart[1].suppressionReason).toMatch(/anonymity/);
  });

  it('should withhold everything when the council is alone', () => {
    const rows = positionRows(EXAMPLES.oneCouncil, ALL.key);
    expect(csvRows(itemColumns({ ...options, subjectLabel: 'Statement', group: ALL }), rows)).toEqual([
      ['Use of it', '75', 'c', 'c', 'c', 'c', 'c', 'Fewer than 5 other councils contributed.'],
    ]);
  });

  it('should say the position is not available when every council agrees and the API gives no phrase', () => {
    const rows = positionRows(EXAMPLES.allEqual, ALL.key);
    expect(csvRows(positionColumns({ ...options, group: ALL }), rows)[0].slice(1, 4)).toEqual(['50', '50', 'Not available']);
  });

  it('should treat a group the API did not compare against as withheld, not as zero', () => {
    const data = toChartData(positionRows(EXAMPLES.typical, CASH.key));
    expect(data[0]).toMatchObject({
      suppressed: true,
      peerMedian: null,
      contributorsBand: 'c',
      suppressionReason: 'This peer group was not compared.',
    });
  });

  it('should offer the default groups, and the chosen one after them when it is another', () => {
    expect(offeredGroups([ALL, DISTRICT], DISTRICT)).toEqual([ALL, DISTRICT]);
    expect(offeredGroups([ALL, DISTRICT], CASH)).toEqual([ALL, DISTRICT, CASH]);
    expect(offeredGroups([ALL, DISTRICT], undefined)).toEqual([ALL, DISTRICT]);
    expect(groupIn({ peerGroups: [ALL, DISTRICT] }, 'type:district')).toEqual(DISTRICT);
    expect(groupIn({ peerGroups: [ALL] }, null)).toBeUndefined();
  });

  it('should pair now with ambition per section for the now vs ambition chart', () => {
    const subjects = [
      subject('process-redesign', 'now', 46.9, [shown(DISTRICT, 56.3, 'below')]),
      subject('digital-and-data', 'now', null, [withheld(DISTRICT, 'Too few.')]),
      subject('process-redesign', 'ambition', 59.4, [shown(DISTRICT, 65.6, 'below')]),
      subject('digital-and-data', 'ambition', null, [shown(DISTRICT, 68.8, null)]),
    ];
    expect(dimensionKeysOf(subjects)).toEqual(['now', 'ambition']);
    expect(toNowAmbitionData(subjects, DISTRICT.key)).toEqual([
      {
        key: 'process-redesign',
        title: 'Process redesign',
        councilNow: 46.9,
        councilAmbition: 59.4,
        peerNow: 56.3,
        peerAmbition: 65.6,
        suppressed: false,
        suppressionReason: null,
        contributorsBand: '100–199',
      },
      {
        key: 'digital-and-data',
        title: 'Digital and data',
        councilNow: null,
        councilAmbition: null,
        peerNow: null,
        peerAmbition: null,
        suppressed: true,
        suppressionReason: 'Too few.',
        contributorsBand: 'c',
      },
    ]);
    expect(toNowAmbitionData(EXAMPLES.oneCouncil, ALL.key)).toEqual([]);
  });
});
