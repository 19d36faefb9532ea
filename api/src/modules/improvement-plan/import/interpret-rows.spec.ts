import { interpretRows, splitLines } from './interpret-rows';
import type { Sheet } from './read-spreadsheet';
import { validateRows } from './validate';

const KNOWN = [
  { title: 'Financial planning and management', sectionKey: 'financial-planning-and-management' },
  { title: 'Governance and culture', sectionKey: 'governance-and-culture' },
];

/** A CSV-like sheet from rows of text. */
const sheetOf = (rows: string[][]): Sheet => ({
  format: 'csv',
  sheetName: null,
  rows: rows.map((cells, i) => ({
    rowNumber: i + 1,
    cells: cells.map((text, c) => ({ column: String.fromCharCode(65 + c), text, formula: null, mergedInto: null })),
  })),
});

const HEADER = ['Issue', 'Outcome', 'Action', 'Lead officer', 'By when', 'Progress update', 'RAG'];

describe('splitLines', () => {
  it('should split a cell on line breaks, dropping bullets and numbering', () => {
    expect(splitLines('1. First\n2) Second\n• Third\n- Fourth\n\n(a) Fifth')).toEqual(['First', 'Second', 'Third', 'Fourth', 'Fifth']);
    expect(splitLines('')).toEqual([]);
  });
});

describe('interpretRows and validateRows', () => {
  it('should recognise the usual variants of column names', () => {
    const result = interpretRows(sheetOf([HEADER]), KNOWN);
    expect(result.problems).toEqual([]);
    expect(result.columns).toEqual({ challenge: 'A', outcomes: 'B', actions: 'C', lead: 'D', target: 'E', progress: 'F', status: 'G' });
  });

  it('should pair several actions with one lead, read progress with its statuses, and join continuation rows', () => {
    const { problems, tree, rows } = validateRows(
      interpretRows(
        sheetOf([
          HEADER,
          ['Financial planning and management'],
          [
            'Close the gap',
            'Balanced budget',
            'Agree savings\nReview charges',
            'Head of Finance',
            'July 2014',
            'May 2014: Drafted [A]\nJune 2014 - Agreed',
            'G',
          ],
          ['', 'Reserves above minimum', 'Report quarterly', 'Cabinet', 'Ongoing', '', ''],
        ]),
        KNOWN,
      ),
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.kind)).toEqual(['header', 'heading', 'challenge', 'continuation']);
    const [challenge] = tree.headings[0].challenges;
    expect(challenge.outcomes).toBe('Balanced budget\nReserves above minimum');
    expect(challenge.actions.map((a) => [a.description, a.lead, a.target.dueOn])).toEqual([
      ['Agree savings', 'Head of Finance', '2014-07-31'],
      ['Review charges', 'Head of Finance', '2014-07-31'],
      ['Report quarterly', 'Cabinet', null],
    ]);
    expect(challenge.actions[0].updates).toEqual([
      { date: '2014-05-31', text: 'Drafted', status: 'amber' },
      { date: '2014-06-30', text: 'Agreed', status: 'green' },
    ]);
  });

  it('should name each problem by row and column', () => {
    const { problems } = validateRows(
      interpretRows(
        sheetOf([
          HEADER,
          ['', '', 'An orphan action', 'Chief Executive', 'July 2014', '', ''],
          ['Governance and culture'],
          ['Scrutiny', '', 'One\nTwo\nThree', 'A\nB', 'July 2014', 'Training booked', 'Purple'],
        ]),
        KNOWN,
      ),
    );
    const at = problems.map((p) => `${p.row}${p.column}`);
    expect(at).toEqual(expect.arrayContaining(['2A', '4D', '4F', '4G']));
    expect(problems.find((p) => p.row === 4 && p.column === 'D')!.message).toBe(
      '3 actions but 2 leads: give one lead for all, or one per line for each action.',
    );
    expect(problems.find((p) => p.row === 4 && p.column === 'G')!.message).toMatch(/"Purple" is not a status/);
    expect(problems.find((p) => p.row === 4 && p.column === 'F')!.message).toMatch(/Progress must start with a date/);
  });
});
