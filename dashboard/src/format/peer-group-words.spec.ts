import { peerGroupInSentence, peerGroupName, positionInWords, sentenceCase } from './peer-group-words';

describe('peer group words', () => {
  it.each([
    [{ label: 'All councils', kind: 'ALL' as const }, 'all councils'],
    [{ label: 'District councils', kind: 'TYPE' as const }, 'district councils'],
    [{ label: 'London boroughs', kind: 'TYPE' as const }, 'London boroughs'],
    [{ label: 'City of London', kind: 'TYPE' as const }, 'City of London'],
    [{ label: 'East Midlands', kind: 'REGION' as const }, 'councils in the East Midlands'],
    [{ label: 'London', kind: 'REGION' as const }, 'councils in London'],
    [{ label: 'Yorkshire and The Humber', kind: 'REGION' as const }, 'councils in Yorkshire and The Humber'],
    [{ label: 'Cash-strapped', kind: 'CIRCUMSTANCE' as const }, 'cash-strapped councils'],
    [{ label: "'Cruising'", kind: 'CIRCUMSTANCE' as const }, "'cruising' councils"],
    [{ label: 'Needing specific support', kind: 'CIRCUMSTANCE' as const }, 'councils needing specific support'],
    [{ label: 'Designated or in danger of designation', kind: 'CIRCUMSTANCE' as const }, 'councils designated or in danger of designation'],
  ])('should put %o into a sentence as "%s"', (group, words) => {
    expect(peerGroupInSentence(group)).toBe(words);
  });

  it('should name groups for headings and options', () => {
    expect(peerGroupName({ label: 'District councils', kind: 'TYPE' })).toBe('District councils');
    expect(peerGroupName({ label: 'East Midlands', kind: 'REGION' })).toBe('Councils in the East Midlands');
    expect(peerGroupName({ label: 'Cash-strapped', kind: 'CIRCUMSTANCE' })).toBe('Cash-strapped councils');
    expect(peerGroupName({ label: "'Cruising'", kind: 'CIRCUMSTANCE' })).toBe("'Cruising' councils");
    expect(peerGroupName({ label: 'Needing specific support', kind: 'CIRCUMSTANCE' })).toBe('Councils needing specific support');
  });

  it("should read the API's position phrase against a group", () => {
    expect(positionInWords('slightly above', { label: 'District councils', kind: 'TYPE' })).toBe(
      'slightly above the median of district councils',
    );
    expect(sentenceCase(positionInWords('broadly similar to', { label: 'All councils', kind: 'ALL' }))).toBe(
      'Broadly similar to the median of all councils',
    );
  });
});
