import { spreadItems, submitItems } from '../adversary/matrix-support';
import { CHESTERFIELD, useWorld } from '../adversary/support';

/**
 * touchstone_matrix_contributors (the set the matrix's peer shares are checked by in the release
 * ledger) against the councils touchstone_level_pairs counts, read below the API as the owner: the
 * set must be exactly those councils' latest submissions and the viewer's, since a set that left
 * one out, or counted one that adds nothing to the figures, would let two releases differ by fewer
 * councils than the ledger believes.
 */
describe('touchstone_matrix_contributors', () => {
  const suite = useWorld();

  it("should give the submissions of exactly the councils the matrix's figures count, and the viewer's", async () => {
    const { world } = suite;
    const { t, frameworkId, progressId } = world;
    const round = world.freshRound();
    const chesterfield = world.councilId(CHESTERFIELD);
    const [rated, onlyProgress, earlier] = [world.peers.slice(0, 6), world.peers[6], world.peers[7]];
    // An earlier, superseded submission of one council: only its latest counts.
    await submitItems(world, round, [{ id: earlier.id, levels: spreadItems(2) }]);
    await t.dataSource.query(`UPDATE assessment SET status = 'superseded' WHERE council_id = $1 AND round = $2`, [earlier.id, round]);
    await submitItems(world, round, [
      { id: chesterfield, levels: spreadItems(7) },
      { id: earlier.id, levels: spreadItems(4) },
      ...rated.map((c, i) => ({ id: c.id, levels: spreadItems(i) })),
    ]);
    // A council that rated its items on progress only: it adds no pair, so it is not in the set.
    const [{ id: progressOnly }] = await t.dataSource.query(
      `INSERT INTO assessment (council_id, framework_id, round, status, submitted_at) VALUES ($1, $2, $3, 'submitted', now()) RETURNING id`,
      [onlyProgress.id, frameworkId, round],
    );
    await t.dataSource.query(
      `INSERT INTO assessment_score (assessment_id, subject_id, dimension_id, scope, score_numerator, score_denominator, answered, total)
       SELECT $1, i.id, $2, 'item', 2, 4, 1, 1 FROM framework_item i WHERE i.framework_id = $3`,
      [progressOnly, progressId, frameworkId],
    );
    const [{ id: planId }] = await t.dataSource.query(`SELECT id FROM rating_dimension WHERE framework_id = $1 AND key = 'plan-coverage'`, [
      frameworkId,
    ]);

    const contributors = async (dimA: string, dimB: string) => {
      const [row] = await t.dataSource.query(`SELECT * FROM touchstone_matrix_contributors($1, $2, $3, $4, $5)`, [
        frameworkId,
        [round],
        dimA,
        dimB,
        chesterfield,
      ]);
      const councils: { council_id: string }[] = await t.dataSource.query(
        `SELECT a.council_id FROM release_submission n JOIN assessment a ON a.id = n.assessment_id WHERE n.id = ANY ($1) ORDER BY a.council_id`,
        [row.submissions],
      );
      return { row, councils: councils.map((c) => c.council_id) };
    };
    const { row, councils } = await contributors(progressId, planId);
    const expected = [chesterfield, earlier.id, ...rated.map((c) => c.id)].sort();
    expect(councils).toEqual(expected);
    expect(row.submissions).toEqual([...row.submissions].sort((a: number, b: number) => a - b));
    // Only the latest of the council that submitted twice.
    const [{ latest }] = await t.dataSource.query(
      `SELECT n.id AS latest FROM release_submission n JOIN assessment a ON a.id = n.assessment_id WHERE a.council_id = $1 AND a.round = $2 AND a.status = 'submitted'`,
      [earlier.id, round],
    );
    expect(row.submissions).toContain(latest);
    // The figures count the same councils, the viewer left out.
    const [pairs] = await t.dataSource.query(`SELECT * FROM touchstone_level_pairs($1, $2, $3, $4, 3, 3, $5)`, [
      frameworkId,
      [round],
      progressId,
      planId,
      chesterfield,
    ]);
    expect(pairs.councils).toBe(expected.length - 1);
    // The ledger's subject is the two dimensions in uuid order, whichever way round the matrix is asked for.
    const transposed = await contributors(planId, progressId);
    expect(transposed.councils).toEqual(expected);
    expect([transposed.row.subject_id, transposed.row.dimension_id]).toEqual([row.subject_id, row.dimension_id]);
    expect([row.subject_id, row.dimension_id]).toEqual([progressId, planId].sort());
    expect(row).toMatchObject({ released: false, refused: false });
  });
});
