import { DEFAULT_COLLABORATION_CHOICE, parseCollaborationChoice, serialiseCollaborationChoice } from './collaboration-choice';

describe('collaboration choice', () => {
  const id = 'c330283a-490f-49bb-b062-03b9605efad5';

  it('should use the defaults for an empty or malformed query string', () => {
    expect(parseCollaborationChoice('')).toEqual(DEFAULT_COLLABORATION_CHOICE);
    expect(parseCollaborationChoice('?group=1%20OR%201&framework=%3Cx%3E&round=1999-00')).toEqual(DEFAULT_COLLABORATION_CHOICE);
  });

  it('should round-trip through the query string', () => {
    const choice = { group: id, framework: 'dm-challenge-toolkit', round: '2024-25' as const };
    expect(serialiseCollaborationChoice(choice)).toBe(`?group=${id}&framework=dm-challenge-toolkit&round=2024-25`);
    expect(parseCollaborationChoice(serialiseCollaborationChoice(choice))).toEqual(choice);
    expect(serialiseCollaborationChoice(DEFAULT_COLLABORATION_CHOICE)).toBe('?framework=improvement-breakthroughs&round=2025-26');
  });
});
