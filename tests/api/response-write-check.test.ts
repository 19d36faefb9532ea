import { randomUUID } from 'node:crypto';

import type { Client } from 'pg';

import { PRESENT_SECRETS, presentedParams } from '../../api/src/common/database/viewer-transaction';
import { connectAsApiRole } from '../support/api-role-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { type SecretHolder, viewerSecrets } from '../support/viewer-secrets';

/**
 * Who may write a participant's responses is checked once per participant of a statement (a
 * statement-level trigger), not by a per-row insert policy. Connected as the API's database role,
 * a transaction presenting a viewer's secret inserts responses: the statement is refused as the
 * policy refused it (SQLSTATE 42501, "row-level security") whenever any of its rows names a
 * participant of an assessment the viewer may not write.
 */
describe('write check on participant responses', () => {
  let t: TestApp;
  let api: Client;
  const councils: Record<string, string> = {};
  let cell: { item_id: string; dimension_id: string; level_id: string };
  let framework: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    for (const [name, code] of Object.entries({ chesterfield: 'E07000034', uttlesford: 'E07000077' }))
      councils[name] = (await t.dataSource.query(`SELECT id FROM council WHERE gss_code = $1`, [code]))[0].id;
    [cell] = await t.dataSource.query(`SELECT item_id, dimension_id, level_id FROM participant_response LIMIT 1`);
    framework = (await t.dataSource.query(`SELECT id FROM framework WHERE key = 'improvement-breakthroughs'`))[0].id;
    api = await connectAsApiRole(t);
  });
  afterAll(async () => {
    await api.end();
    await t.close();
  });

  const secretOf = viewerSecrets(() => t, 'response write check');

  let rounds = 0;
  /** A new participant of a new assessment of the council's (a draft unless said), written by the owner, in a round of its own. */
  async function participantOf(council: string, status: 'draft' | 'submitted' = 'draft'): Promise<string> {
    const year = 2040 + rounds++;
    const [{ id: assessment }] = await t.dataSource.query(
      `INSERT INTO assessment (council_id, framework_id, round, status, submitted_at)
       VALUES ($1, $2, $3, $4::varchar, CASE WHEN $4::varchar = 'submitted' THEN now() END) RETURNING id`,
      [council, framework, `${year}-${String((year + 1) % 100).padStart(2, '0')}`, status],
    );
    const [{ id }] = await t.dataSource.query(`INSERT INTO participant (assessment_id, role) VALUES ($1, 'officer') RETURNING id`, [
      assessment,
    ]);
    return id;
  }

  /**
   * Inserts one response per participant in one statement, as the viewer, and says how it ended:
   * 'stored' with the number of rows, or the refusal's SQLSTATE and message. Always rolled back.
   */
  async function insertAs(who: SecretHolder, participants: string[]): Promise<{ stored: number } | { code: string; message: string }> {
    const secret = await secretOf(who);
    await api.query('BEGIN');
    try {
      await api.query(PRESENT_SECRETS, presentedParams({ secret }));
      const { rowCount } = await api.query(
        `INSERT INTO participant_response (participant_id, item_id, dimension_id, level_id)
         SELECT p, $2::uuid, $3::uuid, $4::uuid FROM unnest($1::uuid[]) AS p`,
        [participants, cell.item_id, cell.dimension_id, cell.level_id],
      );
      return { stored: rowCount ?? 0 };
    } catch (error) {
      const { code, message } = error as { code: string; message: string };
      return { code, message };
    } finally {
      await api.query('ROLLBACK');
    }
  }

  const REFUSED = { code: '42501', message: 'new row violates row-level security policy for table "participant_response"' };

  it("should store responses for the viewer's own council's participants", async () => {
    const own = [await participantOf(councils.chesterfield), await participantOf(councils.chesterfield)];
    expect(await insertAs('chesterfieldLead', own)).toEqual({ stored: 2 });
    expect(await insertAs({ token: 'chesterfieldLead', scopes: ['SUBMIT'] }, own)).toEqual({ stored: 2 });
    expect(await insertAs('admin', own)).toEqual({ stored: 2 });
  });

  it("should refuse responses for another council's participant", async () => {
    expect(await insertAs('uttlesfordLead', [await participantOf(councils.chesterfield)])).toEqual(REFUSED);
  });

  it('should refuse the whole statement when only one of its participants is not writable', async () => {
    const own = await participantOf(councils.uttlesford);
    const other = await participantOf(councils.chesterfield);
    expect(await insertAs('uttlesfordLead', [own, other])).toEqual(REFUSED);
    expect(await insertAs('uttlesfordLead', [own])).toEqual({ stored: 1 });
  });

  it('should refuse viewers who may read the council but not write to it', async () => {
    const own = await participantOf(councils.chesterfield);
    expect(await insertAs({ token: 'chesterfieldLead', scopes: ['READ'] }, [own])).toEqual(REFUSED);
    // PAS reads Chesterfield's submissions in full (it shares them with PAS), and writes none of them.
    const submitted = await participantOf(councils.chesterfield, 'submitted');
    expect(await insertAs('analyst', [submitted])).toEqual(REFUSED);
    expect(await insertAs('chesterfieldLead', [submitted])).toEqual({ stored: 1 });
  });

  it('should refuse an unknown participant as the policy did, before the participant check', async () => {
    expect(await insertAs('chesterfieldLead', [randomUUID()])).toEqual(REFUSED);
  });
});
