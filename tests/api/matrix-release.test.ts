import { releaseCacheOutcomes } from '../../api/src/modules/benchmark/recorded-releases';
import { type Matrix, matrixOf, spreadItems, submitItems } from '../adversary/matrix-support';
import { CHESTERFIELD, THRESHOLD, useWorld } from '../adversary/support';

/**
 * The breakthrough matrix through the release ledger and recorded releases
 * (api/src/modules/benchmark/matrix-release.ts, dimension-matrix.ts), through the real API: a
 * repeated read is served from the store without recomputing, a submission moves it, the ledger
 * holds one row per distinct set (the transpose is the same subject), and the viewer's own
 * re-submission is served to it without being recorded.
 */
describe('the matrix through the release ledger', () => {
  const suite = useWorld();

  /** How many matrix reads were served from the store (hit) or recomputed (miss) so far. */
  const outcomes = async () => {
    const { values } = await releaseCacheOutcomes.get();
    const count = (outcome: string) => values.find((v) => v.labels.view === 'matrix' && v.labels.outcome === outcome)?.value ?? 0;
    return { hit: count('hit'), miss: count('miss') };
  };
  /** A read, with what it did to the store's counts. */
  const counted = async (read: () => Promise<Matrix>) => {
    const before = await outcomes();
    const result = await read();
    const after = await outcomes();
    return { result, hits: after.hit - before.hit, misses: after.miss - before.miss };
  };
  /** The matrix's releases in the ledger: how many sets, and how many of them refused. */
  const ledgerRows = async () => {
    const [row] = await suite.world.t.dataSource.query(
      `SELECT count(*)::int AS sets, count(*) FILTER (WHERE refused)::int AS refused FROM benchmark_release WHERE scope = 'matrix' AND view = 'matrix'`,
    );
    return row as { sets: number; refused: number };
  };
  /** A fresh round where Chesterfield and eight South East districts have submitted. */
  const seeded = async () => {
    const { world } = suite;
    const round = world.freshRound();
    await submitItems(world, round, [
      { id: world.councilId(CHESTERFIELD), levels: spreadItems(7) },
      ...world.peers.slice(0, 8).map((c, i) => ({ id: c.id, levels: spreadItems(i) })),
    ]);
    return { world, round, lead: await world.t.as('chesterfieldLead') };
  };

  it('should serve a repeated read from the recorded release, and recompute it after a submission', async () => {
    const { world, round, lead } = await seeded();
    const rowsBefore = await ledgerRows();

    const first = await counted(() => matrixOf(lead, round));
    expect(first).toMatchObject({ hits: 0, misses: 1 });
    expect(first.result.peersSuppressed).toBe(false);
    expect(await ledgerRows()).toEqual({ sets: rowsBefore.sets + 1, refused: rowsBefore.refused });

    const again = await counted(() => matrixOf(lead, round));
    expect(again).toMatchObject({ hits: 1, misses: 0 });
    expect(again.result).toEqual(first.result);

    // The transpose is the same figures from the same set: worked out (a new read), but nothing new recorded.
    const transposed = await counted(() => matrixOf(lead, round, { row: 'plan-coverage', column: 'progress' }));
    expect(transposed).toMatchObject({ hits: 0, misses: 1 });
    expect(transposed.result.peersSuppressed).toBe(false);
    expect(await ledgerRows()).toEqual({ sets: rowsBefore.sets + 1, refused: rowsBefore.refused });

    // One more council submits: recomputed, and a set one submission from the released one is withheld (and kept as refused).
    await submitItems(world, round, [{ id: world.peers[20].id, levels: spreadItems(3) }]);
    const afterSubmission = await counted(() => matrixOf(lead, round));
    expect(afterSubmission).toMatchObject({ hits: 0, misses: 1 });
    expect(afterSubmission.result).toMatchObject({ peersSuppressed: true, peersBand: 'c' });
    expect(afterSubmission.result.peersSuppressionReason).toMatch(new RegExp(`fewer than ${THRESHOLD}`));
    expect(await ledgerRows()).toEqual({ sets: rowsBefore.sets + 2, refused: rowsBefore.refused + 1 });
    // Read again, the withheld matrix is served from the store too.
    expect(await counted(() => matrixOf(lead, round))).toMatchObject({ hits: 1, misses: 0 });
  });

  it("should serve the viewer its matrix after its own council re-submits, without recording the set, and not serve another's", async () => {
    const { world, round, lead } = await seeded();
    const first = await matrixOf(lead, round);
    expect(first.peersSuppressed).toBe(false);
    const rows = await ledgerRows();

    // Chesterfield re-submits: the set differs from the released one only by its own submissions.
    const chesterfield = world.councilId(CHESTERFIELD);
    await world.t.dataSource.query(
      `UPDATE assessment SET status = 'superseded' WHERE council_id = $1 AND framework_id = $2 AND round = $3 AND status = 'submitted'`,
      [chesterfield, world.frameworkId, round],
    );
    await submitItems(world, round, [{ id: chesterfield, levels: spreadItems(1) }]);
    const resubmitted = await counted(() => matrixOf(lead, round));
    expect(resubmitted).toMatchObject({ misses: 1 });
    // The other councils' shares are what they were: nothing the lead does not know has changed.
    expect(resubmitted.result).toEqual(first);
    expect(await ledgerRows()).toEqual(rows);

    // Another viewer is never served the lead's recorded matrix.
    const admin = await world.t.as('admin');
    expect((await counted(() => matrixOf(admin, round))).misses).toBe(1);
  });
});
