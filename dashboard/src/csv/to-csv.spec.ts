import { csvDataUrl, csvFileName, neutraliseFormula, toCsv, toCsvField } from './to-csv';

describe('toCsv', () => {
  it('should write a header row and one line per row, each ending in CRLF', () => {
    expect(
      toCsv(
        ['Section', 'Your council'],
        [
          ['Use of IT', '75'],
          ['Appeals', 38],
        ],
      ),
    ).toBe('Section,Your council\r\nUse of IT,75\r\nAppeals,38\r\n');
  });

  it('should write just the header row when there are no rows', () => {
    expect(toCsv(['A', 'B'], [])).toBe('A,B\r\n');
  });

  it('should quote fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(toCsvField('Conditions, obligations')).toBe('"Conditions, obligations"');
    expect(toCsvField('The "decision"')).toBe('"The ""decision"""');
    expect(toCsvField('two\nlines')).toBe('"two\nlines"');
    expect(toCsvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(toCsv(['a,b'], [['x"y']])).toBe('"a,b"\r\n"x""y"\r\n');
  });

  it('should quote fields with spaces at either end, so they survive', () => {
    expect(toCsvField(' padded ')).toBe('" padded "');
    expect(toCsvField('inner space')).toBe('inner space');
  });

  it('should keep suppressed figures as c and write empty cells for missing values', () => {
    expect(toCsv(['Median'], [['c'], [null], [undefined], [Number.NaN]])).toBe('Median\r\nc\r\n\r\n\r\n\r\n');
  });

  it('should leave signed numbers alone but neutralise formulas', () => {
    expect(neutraliseFormula('+3')).toBe('+3');
    expect(neutraliseFormula('-2.5')).toBe('-2.5');
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('- a bullet')).toBe("'- a bullet");
    expect(toCsvField('=1+1')).toBe("'=1+1");
    expect(toCsvField('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('should write numbers as they are', () => {
    expect(toCsvField(0)).toBe('0');
    expect(toCsvField(-4)).toBe('-4');
    expect(toCsvField(12.5)).toBe('12.5');
  });
});

describe('csvFileName', () => {
  it('should make a lower-case, hyphenated name from the parts', () => {
    expect(csvFileName(['Chesterfield', 'DM Challenge Toolkit', '2025-26'])).toBe('chesterfield-dm-challenge-toolkit-2025-26.csv');
    expect(csvFileName(['Ynys Môn', 'sections × groups'])).toBe('ynys-mon-sections-groups.csv');
  });

  it('should fall back to a name when nothing is left', () => {
    expect(csvFileName(['  ', '—'])).toBe('touchstone.csv');
  });
});

describe('csvDataUrl', () => {
  it('should hold the file, with a byte order mark, as UTF-8 text/csv', () => {
    const url = csvDataUrl('a,b\r\n');
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:text/csv;charset=utf-8,'.length))).toBe('\uFEFFa,b\r\n');
  });
});
