import { NOW_AMBITION_EXAMPLES } from './examples';
import {
  buildNowAmbitionSummary,
  buildNowAmbitionTableRows,
  describeNowAmbitionRow,
  formatChange,
  getNowAmbitionHeadings,
  getNowAmbitionTitle,
  getPeerNow,
  getPlannedChange,
  layoutNowAmbition,
  tableRowCells,
} from './now-ambition.domain';

const { typical, empty, oneCouncil, allEqual, suppressed } = NOW_AMBITION_EXAMPLES;

describe('now vs ambition domain', () => {
  it('should work out the planned change on the whole numbers shown', () => {
    expect(getPlannedChange(typical.data[0])).toBe(12);
    expect(getPlannedChange(typical.data[2])).toBe(-3);
    expect(getPlannedChange(typical.data[4])).toBeNull();
    expect([formatChange(12), formatChange(-3), formatChange(0), formatChange(null)]).toEqual(['+12', '-3', '0', 'Not assessed']);
  });

  it('should never give a peer figure for a withheld row', () => {
    expect(getPeerNow(suppressed.data[1])).toBeNull();
    expect(buildNowAmbitionTableRows(suppressed.data)[1]).toMatchObject({ peerNow: 'c', peerAmbition: 'c', contributors: 'c' });
  });

  it('should summarise the typical example without ranking', () => {
    expect(buildNowAmbitionSummary(typical.data, typical.options)).toBe(
      'Chesterfield aims higher than now in 3 of 5 themes, to stay where it is in 1 and lower than now in 1. ' +
        'Its largest planned step is in Workforce and culture, from 50 to 88. ' +
        "Chesterfield's ambition is above the median ambition of district councils in 4 of 5 themes and below it in 1. " +
        'Chesterfield did not rate 1 theme.',
    );
  });

  it('should say there is nothing to show when empty', () => {
    expect(buildNowAmbitionSummary(empty.data, empty.options)).toBe('There are no themes to show.');
    expect(layoutNowAmbition(empty.data, 600).rows).toEqual([]);
  });

  it('should say the medians are withheld when the council is alone', () => {
    expect(buildNowAmbitionSummary(oneCouncil.data, oneCouncil.options)).toBe(
      'Chesterfield aims higher than now in 1 of 3 themes, to stay where it is in 1 and lower than now in 1. Its largest planned step is in Process redesign, from 47 to 59. ' +
        'The medians of district councils are withheld (shown as c) for 3 themes, to keep the councils that contributed anonymous.',
    );
  });

  it('should say the council stays level when all are equal', () => {
    expect(buildNowAmbitionSummary(allEqual.data, allEqual.options)).toBe(
      "Chesterfield aims higher than now in 0 of 2 themes and to stay where it is in 2. Chesterfield's ambition is above the median ambition of district councils in 0 of 2 themes and the same as it in 2.",
    );
  });

  it('should announce a row as theme, the council, then the peers', () => {
    expect(describeNowAmbitionRow(typical.data[0], 'district councils')).toBe(
      'Process redesign, your council now 47, ambition 59; median of district councils now 56, ambition 66',
    );
    expect(describeNowAmbitionRow(suppressed.data[1], 'district councils')).toBe(
      'Customer-centric design, your council now 81, ambition 81; median of district councils withheld (c)',
    );
    expect(describeNowAmbitionRow(typical.data[4], 'district councils')).toMatch(/^Digital and data, your council did not rate this;/);
  });

  it('should give the table and CSV cells in the headings order', () => {
    expect(getNowAmbitionHeadings(typical.options)).toEqual([
      'Theme',
      'Chesterfield now',
      'Chesterfield ambition',
      'Planned change',
      'Peer median now',
      'Peer median ambition',
      'Councils contributing',
      'Why withheld',
    ]);
    expect(tableRowCells(buildNowAmbitionTableRows(typical.data)[0])).toEqual([
      'Process redesign',
      '47',
      '59',
      '+12',
      '56',
      '66',
      '100–199',
      '',
    ]);
    expect(tableRowCells(buildNowAmbitionTableRows(typical.data)[4]).slice(1, 4)).toEqual(['Not assessed', 'Not assessed', 'Not assessed']);
  });

  it('should lay out two lanes per row, in the order given', () => {
    const layout = layoutNowAmbition(typical.data, 900);
    expect(layout.rows.map((r) => r.datum.key)).toEqual(typical.data.map((d) => d.key));
    expect(layout.rows[0].peersY).toBeGreaterThan(layout.rows[0].councilY);
    expect(layout.rows[1].y - layout.rows[0].y).toBe(layout.rowHeight);
    expect(getNowAmbitionTitle(typical.options)).toBe("Chesterfield's theme scores now and its ambition, against district councils");
  });
});
