import type { SubmittingRow } from './benchmark.reads';
import { SubmittingCouncils } from './submitting-councils';

const FRAMEWORK = 'f1';
const ROUNDS = ['2024-25', '2025-26'];

/**
 * A stand-in for the figures' statement: it answers at the data version given to it (what its
 * snapshot would see) and with the participation only when that read is in the statement.
 */
function statement(answers: { version: number; submitting: SubmittingRow[] }[]) {
  const asked: boolean[] = [];
  const read = (participation: { submitting?: unknown }) => {
    const answer = answers[Math.min(asked.length, answers.length - 1)];
    asked.push(participation.submitting !== undefined);
    return Promise.resolve({
      stampData: [{ version: answer.version }],
      ...(participation.submitting ? { submitting: answer.submitting } : {}),
    });
  };
  return { read, asked };
}

const rows = (round: string, councils: string[]): SubmittingRow[] => [{ round, councils }];

describe('SubmittingCouncils', () => {
  it('should read the participation with the figures the first time, and leave it out while the version holds', async () => {
    const kept = new SubmittingCouncils();
    const first = statement([{ version: 7, submitting: rows('2025-26', ['a', 'b']) }]);
    const one = await kept.readWith(FRAMEWORK, ROUNDS, 7, first.read);
    const second = statement([{ version: 7, submitting: rows('2025-26', ['changed']) }]);
    const two = await kept.readWith(FRAMEWORK, ROUNDS, 7, second.read);

    expect(first.asked).toEqual([true]);
    expect(second.asked).toEqual([false]);
    expect([...one.submitting.get('2025-26')!]).toEqual(['a', 'b']);
    expect(two.submitting).toBe(one.submitting);
  });

  it('should send the statement again with the participation when its snapshot sees another version', async () => {
    const kept = new SubmittingCouncils();
    await kept.readWith(FRAMEWORK, ROUNDS, 7, statement([{ version: 7, submitting: rows('2025-26', ['a']) }]).read);
    // The stamp read before the transaction still said 7, but a submission committed before the statement ran.
    const raced = statement([
      { version: 8, submitting: rows('2025-26', ['a', 'late']) },
      { version: 8, submitting: rows('2025-26', ['a', 'late']) },
    ]);
    const answer = await kept.readWith(FRAMEWORK, ROUNDS, 7, raced.read);

    expect(raced.asked).toEqual([false, true]);
    expect([...answer.submitting.get('2025-26')!]).toEqual(['a', 'late']);
    expect(answer.rows.stampData[0].version).toBe(8);
  });

  it('should read the participation when the stamp has moved since it was kept', async () => {
    const kept = new SubmittingCouncils();
    await kept.readWith(FRAMEWORK, ROUNDS, 7, statement([{ version: 7, submitting: rows('2025-26', ['a']) }]).read);
    const moved = statement([{ version: 9, submitting: rows('2025-26', ['a', 'b', 'c']) }]);
    const answer = await kept.readWith(FRAMEWORK, ROUNDS, 9, moved.read);

    expect(moved.asked).toEqual([true]);
    expect(answer.submitting.get('2025-26')!.size).toBe(3);
  });

  it('should keep frameworks and windows apart, and no more of them than its limit', async () => {
    const kept = new SubmittingCouncils(2);
    for (const rounds of [['2025-26'], ['2024-25', '2025-26'], ['2023-24', '2024-25', '2025-26']])
      await kept.readWith(FRAMEWORK, rounds, 1, statement([{ version: 1, submitting: rows('2025-26', rounds) }]).read);
    const oldest = statement([{ version: 1, submitting: rows('2025-26', ['again']) }]);
    await kept.readWith(FRAMEWORK, ['2025-26'], 1, oldest.read);
    const otherFramework = statement([{ version: 1, submitting: rows('2025-26', ['x']) }]);
    await kept.readWith('f2', ['2023-24', '2024-25', '2025-26'], 1, otherFramework.read);

    expect(oldest.asked).toEqual([true]);
    expect(otherFramework.asked).toEqual([true]);
    expect(kept.size).toBe(2);
  });
});
