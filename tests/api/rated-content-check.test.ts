import { randomUUID } from 'node:crypto';

import { useRolledBackStatements } from '../support/rolled-back-statements';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Responses and agreed ratings name framework content (item, dimension, level) that must exist.
 * The check runs once per statement (touchstone_check_rated_content) rather than as per-row
 * foreign keys, and refuses as a foreign key would: SQLSTATE 23503, the key's constraint name, and
 * nothing of the statement stored.
 */
describe('rated content check on responses and agreed ratings', () => {
  let t: TestApp;
  let response: { participant_id: string; item_id: string; dimension_id: string; level_id: string };
  let agreed: { assessment_id: string; item_id: string; dimension_id: string; level_id: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    [response] = await t.dataSource.query(`SELECT participant_id, item_id, dimension_id, level_id FROM participant_response LIMIT 1`);
    [agreed] = await t.dataSource.query(`SELECT assessment_id, item_id, dimension_id, level_id FROM agreed_rating LIMIT 1`);
  });
  afterAll(() => t.close());
  const statements = useRolledBackStatements(() => t.dataSource);
  const { refusal } = statements;

  const countResponses = async (participantId: string) =>
    Number(
      (await statements.runner.query(`SELECT count(*) AS n FROM participant_response WHERE participant_id = $1`, [participantId]))[0].n,
    );

  it('should accept existing content and refuse an unknown item, dimension or level in any row of a statement', async () => {
    // A second participant of the same assessment, so the responses below do not collide with the existing ones.
    const participantId = randomUUID();
    await statements.runner.query(
      `INSERT INTO participant (id, assessment_id, role) SELECT $1, assessment_id, role FROM participant WHERE id = $2`,
      [participantId, response.participant_id],
    );
    const insert = `INSERT INTO participant_response (participant_id, item_id, dimension_id, level_id)
                    SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[])`;
    const unknown = randomUUID();

    expect(
      await refusal(insert, [
        participantId,
        [response.item_id, unknown],
        [response.dimension_id, response.dimension_id],
        [response.level_id, response.level_id],
      ]),
    ).toEqual({
      code: '23503',
      constraint: 'fk_participant_response_item',
    });
    expect(await refusal(insert, [participantId, [response.item_id], [unknown], [response.level_id]])).toEqual({
      code: '23503',
      constraint: 'fk_participant_response_dimension',
    });
    expect(await refusal(insert, [participantId, [response.item_id], [response.dimension_id], [unknown]])).toEqual({
      code: '23503',
      constraint: 'fk_participant_response_level',
    });
    expect(await countResponses(participantId)).toBe(0);

    expect(await refusal(insert, [participantId, [response.item_id], [response.dimension_id], [response.level_id]])).toBeNull();
    expect(await countResponses(participantId)).toBe(1);
  });

  it('should refuse an update of an agreed rating or a response to unknown content', async () => {
    const unknown = randomUUID();
    const updates = [
      {
        sql: `UPDATE agreed_rating SET level_id = $1 WHERE assessment_id = $2 AND item_id = $3 AND dimension_id = $4`,
        keys: [agreed.assessment_id, agreed.item_id, agreed.dimension_id],
        constraint: 'fk_agreed_rating_level',
      },
      {
        sql: `UPDATE participant_response SET item_id = $1 WHERE participant_id = $2 AND item_id = $3 AND dimension_id = $4`,
        keys: [response.participant_id, response.item_id, response.dimension_id],
        constraint: 'fk_participant_response_item',
      },
    ];
    for (const { sql, keys, constraint } of updates) {
      expect(await refusal(sql, [unknown, ...keys])).toEqual({ code: '23503', constraint });
    }
    const [kept] = await statements.runner.query(
      `SELECT level_id FROM agreed_rating WHERE assessment_id = $1 AND item_id = $2 AND dimension_id = $3`,
      [agreed.assessment_id, agreed.item_id, agreed.dimension_id],
    );
    expect(kept.level_id).toBe(agreed.level_id);
  });
});
