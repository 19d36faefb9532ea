import { roundList, roundsCompared, windowLabel } from './round-words';

describe('round words', () => {
  it('should label the round alone and the wider windows', () => {
    expect(windowLabel(1)).toBe('This round only');
    expect(windowLabel(2)).toBe('Latest submission in the last 2 rounds');
    expect(windowLabel(3)).toBe('Latest submission in the last 3 rounds');
  });

  it('should list rounds in words, oldest first', () => {
    expect(roundList(['2025-26'])).toBe('2025-26');
    expect(roundList(['2025-26', '2024-25'])).toBe('2024-25 or 2025-26');
    expect(roundList([])).toBe('');
  });

  it('should give the round alone when the comparison drew on one round', () => {
    expect(roundsCompared('2025-26', ['2025-26'])).toBe('2025-26');
    expect(roundsCompared('2025-26', [])).toBe('2025-26');
  });

  it('should list the rounds of a wider window oldest first, whatever order they come in', () => {
    expect(roundsCompared('2025-26', ['2025-26', '2024-25'])).toBe(
      "2025-26, with each council's latest submission from 2024-25 or 2025-26",
    );
    expect(roundsCompared('2025-26', ['2025-26', '2023-24', '2024-25'])).toBe(
      "2025-26, with each council's latest submission from 2023-24, 2024-25 or 2025-26",
    );
  });
});
