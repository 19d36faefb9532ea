import { type LevelPair, type Matrix, matrixOf, spreadItems, submitItems } from './matrix-support';
import { attackAs, CHESTERFIELD, THRESHOLD, useWorld } from './support';

/**
 * Finding 1 of issue 14 (differencing over time) for the breakthrough matrix. A council's lead reads
 * its matrix early in a round, waits for one more council to submit, and reads it again: other
 * councils' shares per cell, before and after, differ only by that council's items, so subtracting
 * the counts gives its items' levels on both dimensions. Played through the API as the lead.
 */

describe('adversary: the matrix differenced over time', () => {
  const suite = useWorld();

  it("should recover none of a council's item levels from the matrix read before and after it submits", async () => {
    const { world, attacker: lead, round } = await attackAs(suite, 'chesterfieldLead');
    const [{ items }] = await world.t.dataSource.query(`SELECT count(*)::int AS items FROM framework_item WHERE framework_id = $1`, [
      world.frameworkId,
    ]);
    const [target, ...rest] = world.peers;
    // Early in the round: Chesterfield and one more council than the threshold have submitted.
    const early = rest.slice(0, THRESHOLD + 1);
    await submitItems(world, round, [
      { id: world.councilId(CHESTERFIELD), levels: spreadItems(7) },
      ...early.map((c, i) => ({ id: c.id, levels: spreadItems(i) })),
    ]);
    const before = await matrixOf(lead, round);
    expect(before.peersSuppressed).toBe(false);

    // The target submits with every item just starting and not yet in the plan: a cell the others' shares leave small.
    const targetLevels: LevelPair = [0, 0];
    await submitItems(world, round, [{ id: target.id, levels: [targetLevels] }]);
    const after = await matrixOf(lead, round);

    // The attack: the other councils' items per cell, before and after (each council rates every item), subtracted.
    const counts = (matrix: Matrix, councils: number) =>
      new Map(
        matrix.cells.map((c) => [
          `${c.rowLevel.position}:${c.columnLevel.position}`,
          Math.round(((c.peerShare ?? 0) * councils * items) / 100),
        ]),
      );
    const gained = (() => {
      if (after.peersSuppressed) return null;
      const was = counts(before, early.length);
      const now = counts(after, early.length + 1);
      return new Map([...now].map(([cell, n]) => [cell, n - (was.get(cell) ?? 0)]));
    })();
    const recoveredCells = gained ? [...gained].filter(([, n]) => n >= items / 2).map(([cell]) => cell) : [];
    expect(recoveredCells).not.toContain(targetLevels.join(':'));

    // Nothing of the target is served: the second read is withheld, with the ledger's plain reason, or is the first again.
    if (after.peersSuppressed) {
      expect(after.cells.every((c) => c.peerShare === null)).toBe(true);
      expect(after.peersSuppressionReason).toMatch(
        new RegExp(`differ from those of a figure already published by fewer than ${THRESHOLD}`),
      );
    } else expect(after).toEqual(before);
  });

  it('should serve the matrix again once enough councils have submitted since it was last served', async () => {
    const { world, attacker: lead, round } = await attackAs(suite, 'chesterfieldLead');
    const early = world.peers.slice(0, THRESHOLD + 1);
    const late = world.peers.slice(THRESHOLD + 1, 2 * THRESHOLD + 1);
    await submitItems(world, round, [
      { id: world.councilId(CHESTERFIELD), levels: spreadItems(7) },
      ...early.map((c, i) => ({ id: c.id, levels: spreadItems(i) })),
    ]);
    expect((await matrixOf(lead, round)).peersSuppressed).toBe(false);
    for (const [i, council] of late.entries()) {
      await submitItems(world, round, [{ id: council.id, levels: spreadItems(i + 1) }]);
      // Until the set has moved by the threshold, the shares are withheld.
      expect((await matrixOf(lead, round)).peersSuppressed).toBe(i < late.length - 1);
    }
  });
});
