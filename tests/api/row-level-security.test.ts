import { createHash, randomUUID as randomUuid } from 'node:crypto';

import type { Client } from 'pg';

import { PRESENT_SECRETS, presentedParams } from '../../api/src/common/database/viewer-transaction';
import { BenchmarkScope, groupStatsRead, refreshPeerDistributionsRead } from '../../api/src/modules/benchmark/index';
import { consentingPartnersOf } from '../support/collaboration';
import { connectAsApiRole } from '../support/api-role-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { type SecretHolder, viewerSecrets } from '../support/viewer-secrets';

/** Who a transaction presents itself as: a signed-in demo account, an API token's scopes for one, or nobody. */
type As = SecretHolder | 'nobody';

/**
 * Row-level security tested below the API: connected directly as the API's database role, a
 * transaction presents a viewer's secret as a request would, and SQL cannot read or change another
 * council's rows. PostgreSQL derives the viewer from the secret itself.
 */
describe('row-level security for the API database role', () => {
  let t: TestApp;
  let api: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    for (const [name, code] of Object.entries({ chesterfield: 'E07000034', bolsover: 'E07000033', uttlesford: 'E07000077' })) {
      ids[name] = (await t.dataSource.query(`SELECT id FROM council WHERE gss_code = $1`, [code]))[0].id;
    }
    api = await connectAsApiRole(t);
  });
  afterAll(async () => {
    await api.end();
    await t.close();
  });

  /** The secret a viewer presents: a session signed in through the API, or an API token created through it. */
  const presented = viewerSecrets(() => t, 'row-level security');
  const secretOf = async (who: As): Promise<string> => (who === 'nobody' ? '' : presented(who));

  /** Runs sql (after `first`, if given) in a transaction presenting these secrets, as the API does for every request; always rolls back. */
  async function asViewer<TRow>(
    who: As,
    sql: string,
    params: unknown[] = [],
    first?: { sql: string; params: unknown[] },
    device: { participantSecret?: string; joinCode?: string } = {},
  ): Promise<TRow[]> {
    const secret = await secretOf(who);
    await api.query('BEGIN');
    try {
      await api.query(PRESENT_SECRETS, presentedParams({ secret, ...device }));
      if (first) await api.query(first.sql, first.params);
      return (await api.query(sql, params)).rows as TRow[];
    } finally {
      await api.query('ROLLBACK');
    }
  }
  const councilsVisible = async (who: As, table: string) =>
    (
      await asViewer<{ council_id: string }>(
        who,
        table === 'assessment'
          ? `SELECT DISTINCT council_id FROM assessment`
          : table === 'participant_response'
            ? `SELECT DISTINCT a.council_id FROM participant_response r JOIN participant p ON p.id = r.participant_id JOIN assessment a ON a.id = p.assessment_id`
            : `SELECT DISTINCT a.council_id FROM ${table} x JOIN assessment a ON a.id = x.assessment_id`,
      )
    ).map((r) => r.council_id);
  it('should connect as a role that owns no tables and cannot bypass row-level security', async () => {
    const [role] = (await api.query(`SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`)).rows;
    expect(role).toEqual({ name: 'touchstone_api', rolsuper: false, rolbypassrls: false });
    const owned = (await api.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = current_user`)).rows[0].n;
    expect(owned).toBe(0);
    const forced = (await api.query(`SELECT relname FROM pg_class WHERE relforcerowsecurity ORDER BY relname`)).rows.map((r) => r.relname);
    expect(forced).toEqual([
      'agreed_rating',
      'assessment',
      'assessment_score',
      'collaboration_member',
      'council_circumstance',
      'facilitated_session',
      'improvement_plan',
      'participant',
      'participant_response',
      'pas_sharing',
      'plan_action',
      'plan_challenge',
      'plan_heading',
      'progress_update',
      'session_item_state',
      'session_participant',
      'session_vote',
      'submission_idempotency',
    ]);
  });

  describe('improvement plans', () => {
    const PLAN_TABLES = ['improvement_plan', 'plan_heading', 'plan_challenge', 'plan_action', 'progress_update'];
    const rowsIn = (who: As, table: string) => asViewer<{ n: number }>(who, `SELECT count(*)::int AS n FROM ${table}`).then((r) => r[0].n);
    const demoPlan = async () =>
      (await t.dataSource.query(`SELECT id FROM improvement_plan WHERE council_id = $1 AND is_synthetic`, [ids.chesterfield]))[0].id;
    const share = (planId: string, partners: boolean, pas: boolean) =>
      t.dataSource.query(`UPDATE improvement_plan SET shared_with_partners = $2, shared_with_pas = $3 WHERE id = $1`, [
        planId,
        partners,
        pas,
      ]);

    it.each(PLAN_TABLES)("should show %s rows to the plan's own council and hide them from others", async (table) => {
      expect(await rowsIn('chesterfieldLead', table)).toBeGreaterThan(0);
      // A read-only token reads its council's plans as well: reading does not need the submit scope.
      expect(await rowsIn({ token: 'chesterfieldLead', scopes: ['READ'] }, table)).toBeGreaterThan(0);
      expect(await rowsIn('uttlesfordLead', table)).toBe(0);
      expect(await rowsIn('nobody', table)).toBe(0);
    });

    it('should show a plan to partners and PAS only while it is shared with them', async () => {
      const planId = await demoPlan();
      const partner = 'bolsoverMember';
      // PAS reading the council's shared results does not make its plan readable.
      const pas = 'analyst';
      try {
        await share(planId, false, false);
        expect(await rowsIn(partner, 'plan_action')).toBe(0);
        expect(await rowsIn(pas, 'plan_action')).toBe(0);
        await share(planId, true, false);
        expect(await rowsIn(partner, 'plan_action')).toBeGreaterThan(0);
        expect(await rowsIn(pas, 'plan_action')).toBe(0);
        await share(planId, false, true);
        expect(await rowsIn(partner, 'plan_action')).toBe(0);
        expect(await rowsIn(pas, 'plan_action')).toBeGreaterThan(0);
        // Another council's lead does not reach a plan shared with PAS.
        expect(await rowsIn('uttlesfordLead', 'progress_update')).toBe(0);
        await share(planId, false, false);
        expect(await rowsIn(pas, 'progress_update')).toBe(0);
      } finally {
        await share(planId, false, false);
      }
    });

    it("should refuse writing into another council's plan, and any change to history", async () => {
      const [action] = await t.dataSource.query(`SELECT id, plan_id FROM plan_action WHERE plan_id = $1 LIMIT 1`, [await demoPlan()]);
      const insert = {
        sql: `INSERT INTO progress_update (plan_id, action_id, update_date, text, status) VALUES ($1, $2, '2026-01-01', 'Not ours', 'red')`,
        params: [action.plan_id, action.id],
      };
      await expect(asViewer('uttlesfordLead', 'SELECT 1', [], insert)).rejects.toThrow(/row-level security/);
      await expect(asViewer('chesterfieldLead', 'SELECT 1', [], insert)).resolves.toHaveLength(1);
      // A token without the submit scope writes nothing, not even to its own council.
      await expect(asViewer({ token: 'chesterfieldLead', scopes: ['READ'] }, 'SELECT 1', [], insert)).rejects.toThrow(/row-level security/);
      await expect(asViewer('chesterfieldLead', `UPDATE progress_update SET text = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(asViewer('admin', `DELETE FROM progress_update`)).rejects.toThrow(/permission denied/);
      await expect(
        asViewer('uttlesfordLead', `UPDATE plan_action SET lead = 'Taken over' WHERE id = $1 RETURNING id`, [action.id]),
      ).resolves.toEqual([]);
    });
  });

  it.each(['assessment', 'participant', 'participant_response', 'agreed_rating', 'assessment_score'])(
    "should show %s rows of the viewer's own council only",
    async (table) => {
      expect(await councilsVisible('uttlesfordLead', table)).toEqual([ids.uttlesford]);
      expect(await councilsVisible({ token: 'uttlesfordLead', scopes: ['READ'] }, table)).toEqual([ids.uttlesford]);
      // A submit-only token still reads what it submits into.
      expect(await councilsVisible({ token: 'uttlesfordLead', scopes: ['SUBMIT'] }, table)).toEqual([ids.uttlesford]);
    },
  );

  it.each(['assessment', 'participant', 'participant_response', 'agreed_rating', 'assessment_score'])(
    'should show no %s rows at all without a secret',
    async (table) => {
      expect(await councilsVisible('nobody', table)).toEqual([]);
    },
  );

  it("should show a collaboration partner's agreed ratings but not its participants or scores", async () => {
    const partners = await consentingPartnersOf(t.dataSource, ids.chesterfield);
    expect(partners).toContain(ids.bolsover);
    expect((await councilsVisible('chesterfieldLead', 'agreed_rating')).sort()).toEqual([ids.chesterfield, ...partners].sort());
    for (const table of ['participant', 'participant_response', 'assessment_score'])
      expect(await councilsVisible('chesterfieldLead', table)).toEqual([ids.chesterfield]);
  });

  it("should refuse writes to another council's rows", async () => {
    const settings: As = 'chesterfieldLead';
    const framework = (await t.dataSource.query(`SELECT id FROM framework WHERE key = 'improvement-breakthroughs'`))[0].id;
    await expect(
      asViewer(settings, `INSERT INTO assessment (council_id, framework_id, round) VALUES ($1, $2, '2041-42')`, [
        ids.uttlesford,
        framework,
      ]),
    ).rejects.toThrow(/row-level security/);
    expect(
      await asViewer(settings, `UPDATE assessment SET round = '2041-42' WHERE council_id = $1 RETURNING id`, [ids.uttlesford]),
    ).toEqual([]);
    expect(
      await asViewer(
        settings,
        `DELETE FROM agreed_rating WHERE assessment_id IN (SELECT id FROM assessment WHERE council_id = $1) RETURNING item_id`,
        [ids.uttlesford],
      ),
    ).toEqual([]);
    // Reading a council in full does not allow writing to it (PAS, where the council shares with PAS).
    expect(await councilsVisible('analyst', 'assessment_score')).toContain(ids.chesterfield);
    await expect(
      asViewer('analyst', `INSERT INTO assessment (council_id, framework_id, round) VALUES ($1, $2, '2041-42')`, [
        ids.chesterfield,
        framework,
      ]),
    ).rejects.toThrow(/row-level security/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE round = '2041-42'`);
    expect(n).toBe(0);
  });

  it('should not let the API role switch off or step around the policies', async () => {
    await expect(api.query(`ALTER TABLE assessment DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(/must be owner/);
    await expect(api.query(`SET ROLE touchstone`)).rejects.toThrow(/permission denied/);
    await expect(api.query(`CREATE TABLE leak AS SELECT * FROM assessment`)).rejects.toThrow(/permission denied/);
  });

  it('should give aggregates across councils only through the reviewed function, which never describes fewer than 3 councils', async () => {
    const framework = (await t.dataSource.query(`SELECT id FROM framework WHERE key = 'improvement-breakthroughs'`))[0].id;
    const all = (await t.dataSource.query(`SELECT id FROM council`)).map((r: { id: string }) => r.id);
    // The API's own reads: bring the groups' stored distributions up to date, then ask for them by members hash.
    const stats = (groups: Record<string, string[]>) => {
      const members = new Map(Object.entries(groups));
      const read = groupStatsRead(framework, ['2024-25'], BenchmarkScope.SECTION, members, ids.chesterfield);
      return asViewer<{ group_key: string; others: number; median: number | null; level_counts: number[] | null }>(
        'chesterfieldLead',
        read.sql,
        read.params,
        refreshPeerDistributionsRead(framework, ['2024-25'], BenchmarkScope.SECTION, members),
      );
    };
    const wide = await stats({ all });
    expect(wide).toHaveLength(16); // 8 areas × 2 dimensions
    // Every other council contributes unless it skipped the area (demo data skips about 8%).
    expect(Math.min(...wide.map((r) => r.others))).toBeGreaterThan(250);
    // A "group" of two councils: counts only, no figures, whatever the caller asks.
    const narrow = await stats({ pair: [ids.chesterfield, ids.bolsover, ids.uttlesford] });
    expect(narrow.every((r) => r.others <= 2 && r.median === null && r.level_counts === null)).toBe(true);
    // A membership the database has not stored comes back stale, with no figures, until it is refreshed.
    const unstored = groupStatsRead(framework, ['2024-25'], BenchmarkScope.SECTION, new Map([['all', all.slice(1)]]), ids.chesterfield);
    expect(await asViewer('chesterfieldLead', unstored.sql, unstored.params)).toEqual([
      {
        group_key: 'all',
        subject_id: null,
        dimension_id: null,
        others: 0,
        median: null,
        q1: null,
        q3: null,
        mad: null,
        level_counts: null,
        any_synthetic: false,
        stale: true,
      },
    ]);
    // Direct reads across councils stay closed, the stored distributions included.
    await expect(api.query(`SELECT scores FROM peer_distribution`)).rejects.toThrow(/permission denied/);
    await expect(
      api.query(`SELECT * FROM touchstone_build_peer_distribution($1, ARRAY['2024-25'], 'section', 'x', '{}', 'x', 0)`, [framework]),
    ).rejects.toThrow(/permission denied/);
    expect(
      await asViewer(
        'chesterfieldLead',
        `SELECT score FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id WHERE a.council_id = $1`,
        [ids.uttlesford],
      ),
    ).toEqual([]);
  });

  /** Runs sql as an anonymous session participant: no account, only the device's token or the code it is joining with. */
  const asParticipant = <TRow>(device: { participantSecret?: string; joinCode?: string }, sql: string, params: unknown[] = []) =>
    asViewer<TRow>('nobody', sql, params, undefined, device);

  it('should scope session tables to the council, and an anonymous participant to its one session', async () => {
    const [demo] = await t.dataSource.query(`SELECT id, join_code FROM facilitated_session WHERE council_id = $1`, [ids.chesterfield]);
    expect(demo.join_code).toBe('CHDM24');
    const [item] = await t.dataSource.query(`SELECT item_id FROM session_item_state WHERE session_id = $1`, [demo.id]);
    const [other] = await t.dataSource.query(
      `INSERT INTO facilitated_session (assessment_id, council_id, framework_id, mode, section_ids, join_code, join_code_expires_at, created_by_id)
       SELECT assessment_id, council_id, framework_id, mode, section_ids, 'TRY247', join_code_expires_at, created_by_id FROM facilitated_session WHERE id = $1 RETURNING id`,
      [demo.id],
    );
    const device = 'tsp_row-level-security-device-0123456789abcdefghijklmnopqr';
    const [participant] = await t.dataSource.query(
      `INSERT INTO session_participant (session_id, role, token_hash) VALUES ($1, 'officer', $2) RETURNING id`,
      [demo.id, createHash('sha256').update(device).digest('hex')],
    );
    const sessions = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

    // The facilitator's council sees its sessions; another council and nobody see none.
    expect(sessions(await asViewer('chesterfieldLead', `SELECT id FROM facilitated_session`))).toEqual([demo.id, other.id].sort());
    expect(await asViewer('uttlesfordLead', `SELECT id FROM facilitated_session`)).toEqual([]);
    for (const table of ['facilitated_session', 'session_participant', 'session_vote', 'session_item_state'])
      expect(await asParticipant({}, `SELECT 1 FROM ${table}`)).toEqual([]);

    // Joining: the code names one session, which the device may add itself to, and no other.
    expect(sessions(await asParticipant({ joinCode: 'CHDM24' }, `SELECT id FROM facilitated_session`))).toEqual([demo.id]);
    const join = `INSERT INTO session_participant (session_id, role, token_hash) VALUES ($1, 'officer', repeat('c', 64)) RETURNING id`;
    expect(await asParticipant({ joinCode: 'CHDM24' }, join, [demo.id])).toHaveLength(1);
    await expect(asParticipant({ joinCode: 'CHDM24' }, join, [other.id])).rejects.toThrow(/row-level security/);
    expect(await asParticipant({ joinCode: 'NOPE99' }, `SELECT id FROM facilitated_session`)).toEqual([]);

    // The device's token names one participant; its stored hash names none.
    expect(
      await asParticipant({ participantSecret: device }, `SELECT id FROM session_participant WHERE id = $1`, [participant.id]),
    ).toEqual([{ id: participant.id }]);
    const hashOnly = createHash('sha256').update(device).digest('hex');
    expect(await asParticipant({ participantSecret: hashOnly }, `SELECT id FROM session_participant`)).toEqual([]);

    // In its session: it reads that session only, cannot add participants by its token, and writes only its own votes.
    expect(sessions(await asParticipant({ participantSecret: device }, `SELECT id FROM facilitated_session`))).toEqual([demo.id]);
    await expect(asParticipant({ participantSecret: device }, join, [demo.id])).rejects.toThrow(/row-level security/);
    const [level] = await t.dataSource.query(
      `SELECT l.id, l.dimension_id FROM rating_level l JOIN rating_dimension d ON d.id = l.dimension_id JOIN facilitated_session s ON s.framework_id = d.framework_id WHERE s.id = $1 LIMIT 1`,
      [demo.id],
    );
    const insertVote = `INSERT INTO session_vote (participant_id, item_id, dimension_id, vote_round, session_id, level_id) VALUES ($1, $2, $3, 1, $4, $5) RETURNING participant_id`;
    const voteAs = (participantId: string) => [participantId, item.item_id, level.dimension_id, demo.id, level.id];
    expect(await asParticipant({ participantSecret: device }, insertVote, voteAs(participant.id))).toHaveLength(1);
    await expect(asParticipant({ participantSecret: device }, insertVote, voteAs(randomUuid()))).rejects.toThrow(/row-level security/);
    await expect(
      asParticipant({ participantSecret: device }, `UPDATE facilitated_session SET status = 'ended' RETURNING id`),
    ).resolves.toEqual([]);
    await t.dataSource.query(`DELETE FROM facilitated_session WHERE id = $1`, [other.id]);
    await t.dataSource.query(`DELETE FROM session_participant WHERE id = $1`, [participant.id]);
  });
});
