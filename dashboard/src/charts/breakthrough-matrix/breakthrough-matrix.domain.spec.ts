import { toCsv } from '../../csv/to-csv';

import {
  buildMatrixCellRows,
  buildMatrixSummary,
  councilCellText,
  getActFirstItems,
  getCouncilItems,
  getMatrixCaption,
  getMatrixCellView,
  getPeerShare,
  isActFirstCell,
  levelText,
  MATRIX_SHADE_STEPS,
  orderLevels,
  peerShareText,
} from './breakthrough-matrix.domain';
import { MATRIX_EXAMPLES } from './examples';

const { typical, empty, oneCouncil, allEqual, suppressed } = MATRIX_EXAMPLES;

describe('breakthrough matrix domain', () => {
  it('should put the highest progress at the top and plan coverage lowest first', () => {
    const { rows, columns } = orderLevels(typical);
    expect(rows.map((r) => r.label)).toEqual(['Achieved', 'Working towards', 'Just starting']);
    expect(columns.map((c) => c.label)).toEqual(['No', 'Partially', 'Yes']);
  });

  it('should count the items per cell and give the peers share when typical', () => {
    expect(getCouncilItems(typical, 'working-towards', 'partially')).toBe(3);
    expect(getCouncilItems(typical, 'achieved', 'no')).toBe(0);
    expect(getPeerShare(typical, 'working-towards', 'partially')).toBe(47);
    expect(getActFirstItems(typical).map((i) => i.key)).toEqual(['q-1', 'q-2']);
    expect(isActFirstCell(typical.rowLevels[0], typical.columnLevels[0], typical)).toBe(true);
    expect(isActFirstCell(typical.rowLevels[1], typical.columnLevels[0], typical)).toBe(false);
  });

  it('should shade a cell by its count against the fullest cell, and leave an empty cell unshaded', () => {
    const [justStarting, workingTowards] = typical.rowLevels;
    const [no, partially, yes] = typical.columnLevels;
    // The fullest cell holds 3 items: it takes the darkest step, and 2 and 1 items lighter ones.
    expect(getMatrixCellView(typical, workingTowards, partially)).toEqual({ count: 3, share: 47, actFirst: false, shadeStep: 3 });
    expect(getMatrixCellView(typical, justStarting, no)).toEqual({ count: 2, share: 6, actFirst: true, shadeStep: 2 });
    expect(getMatrixCellView(typical, workingTowards, yes).shadeStep).toBe(1);
    expect(getMatrixCellView(typical, workingTowards, no).shadeStep).toBe(0);
    expect(MATRIX_SHADE_STEPS).toBe(4);
    expect(getMatrixCellView(empty, justStarting, no)).toEqual({ count: 0, share: 6, actFirst: true, shadeStep: 0 });
    expect(getMatrixCellView(suppressed, workingTowards, partially).share).toBeNull();
  });

  it('should never show a share when the peers are withheld, even if one slipped through', () => {
    expect(getPeerShare(suppressed, 'working-towards', 'partially')).toBeNull();
    expect(buildMatrixCellRows(suppressed).every((c) => c.peers === 'c')).toBe(true);
    expect(buildMatrixCellRows(oneCouncil).every((c) => c.peers === 'c')).toBe(true);
  });

  it('should write cells in words and symbols', () => {
    expect(councilCellText(1, 'Question')).toBe('1 question');
    expect(councilCellText(0, 'Question')).toBe('0 questions');
    expect(peerShareText(null)).toBe('c');
    expect(peerShareText(4)).toBe('4%');
    expect(levelText(null)).toBe('Not rated');
  });

  it('should summarise the typical matrix', () => {
    expect(buildMatrixSummary(typical)).toBe(
      'Chesterfield rated 7 of its 8 questions on both scales. Most (3) are rated ‘Working towards’ (progress) and ‘Partially’ (addressed in the improvement plan). ' +
        '2 questions are at the lowest level on both: act on these first. ' +
        "Other councils' questions are most often rated ‘Working towards’ and ‘Partially’ (47%).",
    );
  });

  it('should say there is nothing to show when empty', () => {
    expect(buildMatrixSummary(empty)).toBe('There are no questions to show.');
    expect(buildMatrixCellRows(empty).every((c) => c.council === '0')).toBe(true);
  });

  it('should say the shares are withheld when the council is alone', () => {
    expect(buildMatrixSummary(oneCouncil)).toContain("Other councils' shares are withheld (shown as c) to keep them anonymous.");
  });

  it('should name the single fullest cell, and say nothing is to be acted on first, when all are equal', () => {
    expect(buildMatrixSummary(allEqual)).toBe(
      'Chesterfield rated 3 of its 3 questions on both scales. Most (3) are rated ‘Working towards’ (progress) and ‘Partially’ (addressed in the improvement plan). ' +
        'None is at the lowest level on either scale, so there is nothing to act on first. ' +
        "Other councils' questions are most often rated ‘Working towards’ and ‘Partially’ (100%).",
    );
  });

  it('should name the items just starting, not say there is nothing to act on, when none is in the act-first corner', () => {
    const justStarting = {
      ...allEqual,
      items: allEqual.items.map((i, n) => (n === 0 ? { ...i, rowLevel: allEqual.rowLevels[0], actFirst: false } : i)),
    };
    const summary = buildMatrixSummary(justStarting);
    expect(summary).not.toContain('nothing to act on');
    expect(summary).toContain(
      'None is at the lowest level on both scales, where the matrix says to act first, but 1 question is ‘Just starting’ (progress): look at these next.',
    );
  });

  it('should give a CSV of every cell in reading order', () => {
    const rows = buildMatrixCellRows(typical);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({ row: 'Achieved', column: 'No', council: '0', peers: '0%', actFirst: false });
    expect(rows[6]).toMatchObject({ row: 'Just starting', column: 'No', council: '2', peers: '6%', actFirst: true });
    expect(
      toCsv(
        ['Progress', 'Plan'],
        rows.slice(0, 1).map((r) => [r.row, r.column]),
      ),
    ).toBe('Progress,Plan\r\nAchieved,No\r\n');
  });

  it('should name the table after the council and the two scales', () => {
    expect(getMatrixCaption(typical)).toBe(
      "Chesterfield's questions by progress (rows) and addressed in the improvement plan (columns), with other councils' share of theirs",
    );
  });
});
