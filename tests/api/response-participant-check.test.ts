import { randomUUID } from 'node:crypto';

import { useRolledBackStatements } from '../support/rolled-back-statements';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A response names its participant. The link is kept by statement-level triggers (one look-up and
 * lock per participant, not per response) that do everything fk_participant_response_participant
 * did: refuse an unknown participant with SQLSTATE 23503 and the constraint's name, lock the
 * participant against a concurrent deletion, delete responses with their participant (and so with
 * their assessment), refuse changing a responded participant's id, and refuse truncating
 * participant alone.
 */
describe('participant check on responses', () => {
  let t: TestApp;
  let response: { participant_id: string; item_id: string; dimension_id: string; level_id: string; assessment_id: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    [response] = await t.dataSource.query(
      `SELECT r.participant_id, r.item_id, r.dimension_id, r.level_id, p.assessment_id
         FROM participant_response r JOIN participant p ON p.id = r.participant_id LIMIT 1`,
    );
  });
  afterAll(() => t.close());
  const statements = useRolledBackStatements(() => t.dataSource);
  const { refusal } = statements;

  const count = async (sql: string, params: unknown[]) => Number((await statements.runner.query(sql, params))[0].n);
  const responsesOf = (participantId: string) =>
    count(`SELECT count(*) AS n FROM participant_response WHERE participant_id = $1`, [participantId]);

  /** A new participant of the same assessment, with one response. */
  async function respondedParticipant(): Promise<string> {
    const id = randomUUID();
    await statements.runner.query(`INSERT INTO participant (id, assessment_id, role) VALUES ($1, $2, 'officer')`, [
      id,
      response.assessment_id,
    ]);
    await statements.runner.query(
      `INSERT INTO participant_response (participant_id, item_id, dimension_id, level_id) VALUES ($1, $2, $3, $4)`,
      [id, response.item_id, response.dimension_id, response.level_id],
    );
    return id;
  }

  it('should refuse a statement any row of which names an unknown participant, storing none of it', async () => {
    const known = randomUUID();
    await statements.runner.query(`INSERT INTO participant (id, assessment_id, role) VALUES ($1, $2, 'officer')`, [
      known,
      response.assessment_id,
    ]);
    const insert = `INSERT INTO participant_response (participant_id, item_id, dimension_id, level_id)
                    SELECT *, $2::uuid, $3::uuid, $4::uuid FROM unnest($1::uuid[])`;
    const cell = [response.item_id, response.dimension_id, response.level_id];

    expect(await refusal(insert, [[known, randomUUID()], ...cell])).toEqual({
      code: '23503',
      constraint: 'fk_participant_response_participant',
    });
    expect(await responsesOf(known)).toBe(0);
    expect(
      await refusal(`UPDATE participant_response SET participant_id = $1 WHERE participant_id = $2`, [
        randomUUID(),
        response.participant_id,
      ]),
    ).toEqual({ code: '23503', constraint: 'fk_participant_response_participant' });

    expect(await refusal(insert, [[known], ...cell])).toBeNull();
    expect(await responsesOf(known)).toBe(1);
  });

  it('should delete responses with their participant, and with their assessment', async () => {
    const first = await respondedParticipant();
    const second = await respondedParticipant();
    await statements.runner.query(`DELETE FROM participant WHERE id = $1`, [first]);
    expect(await responsesOf(first)).toBe(0);
    expect(await responsesOf(second)).toBe(1);

    const before = await count(`SELECT count(*) AS n FROM participant_response`, []);
    const ofAssessment = await count(
      `SELECT count(*) AS n FROM participant_response r JOIN participant p ON p.id = r.participant_id WHERE p.assessment_id = $1`,
      [response.assessment_id],
    );
    await statements.runner.query(`DELETE FROM assessment WHERE id = $1`, [response.assessment_id]);
    expect(await count(`SELECT count(*) AS n FROM participant_response`, [])).toBe(before - ofAssessment);
    expect(await responsesOf(response.participant_id)).toBe(0);
  });

  it("should refuse changing a responded participant's id, and allow it for one without responses", async () => {
    const responded = await respondedParticipant();
    expect(await refusal(`UPDATE participant SET id = $1 WHERE id = $2`, [randomUUID(), responded])).toEqual({
      code: '23503',
      constraint: 'fk_participant_response_participant',
    });
    expect(await refusal(`UPDATE participant SET role = 'manager' WHERE id = $1`, [responded])).toBeNull();

    const silent = randomUUID();
    await statements.runner.query(`INSERT INTO participant (id, assessment_id, role) VALUES ($1, $2, 'officer')`, [
      silent,
      response.assessment_id,
    ]);
    expect(await refusal(`UPDATE participant SET id = $1 WHERE id = $2`, [randomUUID(), silent])).toBeNull();
  });

  it('should refuse truncating participant alone, and allow it with participant_response', async () => {
    expect(await refusal(`TRUNCATE participant`)).toEqual({ code: '0A000' });
    expect(await refusal(`TRUNCATE participant, participant_response`)).toBeNull();
  });

  it('should keep a participant whose responses are being written from being deleted until they commit', async () => {
    const id = await respondedParticipant();
    await statements.runner.commitTransaction();
    try {
      await statements.runner.startTransaction();
      await statements.runner.query(
        `INSERT INTO participant_response (participant_id, item_id, dimension_id, level_id)
                          SELECT $1, item_id, dimension_id, level_id FROM participant_response WHERE participant_id = $2 AND item_id <> $3`,
        [id, response.participant_id, response.item_id],
      );
      const other = t.dataSource.createQueryRunner();
      try {
        await other.startTransaction();
        await other.query(`SET LOCAL lock_timeout = '200ms'`);
        await expect(other.query(`DELETE FROM participant WHERE id = $1`, [id])).rejects.toMatchObject({ driverError: { code: '55P03' } });
        await other.rollbackTransaction();
      } finally {
        await other.release();
      }
    } finally {
      await statements.runner.rollbackTransaction();
      await t.dataSource.query(`DELETE FROM participant WHERE id = $1`, [id]);
      await statements.runner.startTransaction();
    }
  });
});
