import type { Client } from 'pg';

import { connectAsApiRole } from '../support/api-role-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { viewerSecrets } from '../support/viewer-secrets';

/**
 * touchstone_own_scores reads a council's stored scores for the position and the matrix with a plan
 * kept for the connection. It runs as its caller, so the API role's row-level security must decide
 * what it returns exactly as it does for the tables themselves: nothing without a live session's
 * secret, nothing of another council, and no viewer's reach carried by the kept plan into the next
 * transaction on the same connection.
 */
describe('the own-scores read under row-level security', () => {
  let t: TestApp;
  let api: Client;
  let framework: string;
  let chesterfield: string;
  let uttlesford: string;
  const secretOf = viewerSecrets(() => t, 'own-scores read');

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    const [ids] = await t.dataSource.query(
      `SELECT (SELECT id FROM council WHERE gss_code = 'E07000034') AS chesterfield,
              (SELECT id FROM council WHERE gss_code = 'E07000077') AS uttlesford,
              (SELECT id FROM framework WHERE key = 'improvement-breakthroughs') AS framework`,
    );
    ({ chesterfield, uttlesford, framework } = ids);
    api = await connectAsApiRole(t);
  });
  afterAll(async () => {
    await api.end();
    await t.close();
  });

  const rounds = async () =>
    (await t.dataSource.query(`SELECT DISTINCT round FROM assessment WHERE framework_id = $1`, [framework])).map(
      (r: { round: string }) => r.round,
    );

  /** The council's item scores from its latest submission in the rounds, read by the owner (no row-level security). */
  async function storedScores(councilId: string, inRounds: string[]): Promise<string[]> {
    const rows: { subject_id: string; dimension_id: string; score_numerator: number | null }[] = await t.dataSource.query(
      `SELECT s.subject_id, s.dimension_id, s.score_numerator::float8 AS score_numerator
         FROM assessment_score s
        WHERE s.scope = 'item' AND s.assessment_id = (
                SELECT a.id FROM assessment a
                 WHERE a.council_id = $1 AND a.framework_id = $2 AND a.round = ANY ($3) AND a.status = 'submitted'
                 ORDER BY a.round DESC LIMIT 1)`,
      [councilId, framework, inRounds],
    );
    return rows.map((r) => `${r.subject_id}:${r.dimension_id}:${r.score_numerator}`).sort();
  }

  /** touchstone_own_scores as the bare API role, in a transaction presenting `secret` (none if null), rolled back. */
  async function ownScoresAsApiRole(secret: string | null, councilId: string, inRounds: string[]): Promise<string[]> {
    await api.query('BEGIN');
    try {
      if (secret !== null) await api.query(`SELECT set_config('touchstone.secret', $1, true)`, [secret]);
      const { rows } = await api.query<{ subject_id: string; dimension_id: string; score_numerator: number | null }>(
        `SELECT * FROM touchstone_own_scores($1, $2, $3, 'item')`,
        [councilId, framework, inRounds],
      );
      return rows.map((r) => `${r.subject_id}:${r.dimension_id}:${r.score_numerator}`).sort();
    } finally {
      await api.query('ROLLBACK');
    }
  }

  it("should return the council's stored scores to its own lead, and to an administrator", async () => {
    const inRounds = await rounds();
    const expected = await storedScores(uttlesford, inRounds);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ownScoresAsApiRole(await secretOf('uttlesfordLead'), uttlesford, inRounds)).toEqual(expected);
    expect(await ownScoresAsApiRole(await secretOf('admin'), uttlesford, inRounds)).toEqual(expected);
  });

  it('should return nothing without a secret, or with a forged scope and no secret', async () => {
    const inRounds = await rounds();
    expect(await storedScores(uttlesford, inRounds)).not.toEqual([]);
    expect(await ownScoresAsApiRole(null, uttlesford, inRounds)).toEqual([]);
    await api.query('BEGIN');
    try {
      await api.query(`SELECT set_config('touchstone.scope', 'all', true), set_config('touchstone.full_councils', $1, true)`, [uttlesford]);
      expect((await api.query(`SELECT * FROM touchstone_own_scores($1, $2, $3, 'item')`, [uttlesford, framework, inRounds])).rows).toEqual(
        [],
      );
    } finally {
      await api.query('ROLLBACK');
    }
  });

  it("should return nothing of another council to a council's lead", async () => {
    const inRounds = await rounds();
    expect(await storedScores(chesterfield, inRounds)).not.toEqual([]);
    expect(await ownScoresAsApiRole(await secretOf('uttlesfordLead'), chesterfield, inRounds)).toEqual([]);
  });

  it("should not carry an administrator's reach into a later transaction on the same connection", async () => {
    const inRounds = await rounds();
    const admin = await secretOf('admin');
    const lead = await secretOf('uttlesfordLead');
    // Enough calls for any plan the server keeps for this connection to be the one in use.
    for (let i = 0; i < 8; i++) expect(await ownScoresAsApiRole(admin, chesterfield, inRounds)).not.toEqual([]);
    expect(await ownScoresAsApiRole(lead, chesterfield, inRounds)).toEqual([]);
    expect(await ownScoresAsApiRole(null, chesterfield, inRounds)).toEqual([]);
  });
});
