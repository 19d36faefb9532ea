import { Client } from 'pg';

import { SET_VIEWER_SCOPE } from '../../api/src/common/database/viewer-transaction';
import { groupStatsRead, refreshPeerDistributionsRead } from '../../api/src/modules/benchmark/benchmark.reads';
import { BenchmarkScope } from '../../api/src/modules/benchmark/dto/benchmark.types';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Row-level security tested below the API: connected directly as the API's database role, with the
 * transaction settings a request would make, SQL cannot read or change another council's rows.
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
    api = new Client({ connectionString: t.apiDataSource.options.type === 'postgres' ? (t.apiDataSource.options.url as string) : '' });
    await api.connect();
  });
  afterAll(async () => {
    await api.end();
    await t.close();
  });

  /** Runs SQL in a transaction with a viewer's settings, as the API does for every request; always rolls back. */
  /** Runs sql (after `first`, if given) in a transaction with these row-level security settings, then rolls back. */
  async function asViewer<TRow>(
    settings: { scope?: string; full?: string[]; agreed?: string[]; write?: string },
    sql: string,
    params: unknown[] = [],
    first?: { sql: string; params: unknown[] },
  ): Promise<TRow[]> {
    await api.query('BEGIN');
    try {
      await api.query(SET_VIEWER_SCOPE, [
        settings.scope ?? 'councils',
        (settings.full ?? []).join(','),
        (settings.agreed ?? []).join(','),
        settings.write ?? '',
      ]);
      if (first) await api.query(first.sql, first.params);
      return (await api.query(sql, params)).rows as TRow[];
    } finally {
      await api.query('ROLLBACK');
    }
  }
  const councilsVisible = async (settings: Parameters<typeof asViewer>[0], table: string) =>
    (
      await asViewer<{ council_id: string }>(
        settings,
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
      'improvement_plan',
      'participant',
      'participant_response',
      'plan_action',
      'plan_challenge',
      'plan_heading',
      'progress_update',
      'submission_idempotency',
    ]);
  });

  describe('improvement plans', () => {
    const PLAN_TABLES = ['improvement_plan', 'plan_heading', 'plan_challenge', 'plan_action', 'progress_update'];
    const planReader = (value: string) => ({ sql: `SELECT set_config('touchstone.plan_reader', $1, true)`, params: [value] });
    const rowsIn = (settings: Parameters<typeof asViewer>[0], table: string, reader = '') =>
      asViewer<{ n: number }>(settings, `SELECT count(*)::int AS n FROM ${table}`, [], planReader(reader)).then((r) => r[0].n);
    const demoPlan = async () =>
      (await t.dataSource.query(`SELECT id FROM improvement_plan WHERE council_id = $1 AND is_synthetic`, [ids.chesterfield]))[0].id;
    const share = (planId: string, partners: boolean, pas: boolean) =>
      t.dataSource.query(`UPDATE improvement_plan SET shared_with_partners = $2, shared_with_pas = $3 WHERE id = $1`, [
        planId,
        partners,
        pas,
      ]);

    it.each(PLAN_TABLES)("should show %s rows to the plan's own council and hide them from others", async (table) => {
      expect(await rowsIn({ write: ids.chesterfield, full: [ids.chesterfield] }, table)).toBeGreaterThan(0);
      expect(await rowsIn({ write: ids.uttlesford, full: [ids.uttlesford] }, table)).toBe(0);
      expect(await rowsIn({}, table)).toBe(0);
    });

    it('should show a plan to partners and PAS only while it is shared with them', async () => {
      const planId = await demoPlan();
      const partner = { write: ids.bolsover, full: [ids.bolsover], agreed: [ids.chesterfield] };
      // PAS reading the council's shared results does not make its plan readable.
      const pas = { full: [ids.chesterfield] };
      try {
        await share(planId, false, false);
        expect(await rowsIn(partner, 'plan_action')).toBe(0);
        expect(await rowsIn(pas, 'plan_action', 'pas')).toBe(0);
        await share(planId, true, false);
        expect(await rowsIn(partner, 'plan_action')).toBeGreaterThan(0);
        expect(await rowsIn(pas, 'plan_action', 'pas')).toBe(0);
        await share(planId, false, true);
        expect(await rowsIn(partner, 'plan_action')).toBe(0);
        expect(await rowsIn(pas, 'plan_action', 'pas')).toBeGreaterThan(0);
        // The PAS setting reaches plans shared with PAS, and no others.
        expect(await rowsIn({ write: ids.uttlesford }, 'progress_update', 'pas')).toBeGreaterThan(0);
        await share(planId, false, false);
        expect(await rowsIn({ write: ids.uttlesford }, 'progress_update', 'pas')).toBe(0);
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
      await expect(asViewer({ write: ids.uttlesford }, 'SELECT 1', [], insert)).rejects.toThrow(/row-level security/);
      await expect(asViewer({ write: ids.chesterfield }, 'SELECT 1', [], insert)).resolves.toHaveLength(1);
      await expect(asViewer({ write: ids.chesterfield }, `UPDATE progress_update SET text = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(asViewer({ scope: 'all' }, `DELETE FROM progress_update`)).rejects.toThrow(/permission denied/);
      await expect(
        asViewer({ write: ids.uttlesford }, `UPDATE plan_action SET lead = 'Taken over' WHERE id = $1 RETURNING id`, [action.id]),
      ).resolves.toEqual([]);
    });
  });

  it.each(['assessment', 'participant', 'participant_response', 'agreed_rating', 'assessment_score'])(
    "should show %s rows of the viewer's own council only",
    async (table) => {
      expect(await councilsVisible({ full: [ids.chesterfield] }, table)).toEqual([ids.chesterfield]);
    },
  );

  it.each(['assessment', 'participant', 'participant_response', 'agreed_rating', 'assessment_score'])(
    'should show no %s rows at all without viewer settings',
    async (table) => {
      expect(await councilsVisible({}, table)).toEqual([]);
    },
  );

  it("should show a collaboration partner's agreed ratings but not its participants or scores", async () => {
    const settings = { full: [ids.chesterfield], agreed: [ids.bolsover] };
    expect((await councilsVisible(settings, 'agreed_rating')).sort()).toEqual([ids.chesterfield, ids.bolsover].sort());
    for (const table of ['participant', 'participant_response', 'assessment_score'])
      expect(await councilsVisible(settings, table)).toEqual([ids.chesterfield]);
  });

  it("should refuse writes to another council's rows", async () => {
    const settings = { full: [ids.chesterfield], write: ids.chesterfield };
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
    // Reading a council in full does not allow writing to it (e.g. PAS where shared).
    await expect(
      asViewer({ full: [ids.uttlesford] }, `INSERT INTO assessment (council_id, framework_id, round) VALUES ($1, $2, '2041-42')`, [
        ids.uttlesford,
        framework,
      ]),
    ).rejects.toThrow(/row-level security/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE council_id = $1 AND round = '2041-42'`, [
      ids.uttlesford,
    ]);
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
        { full: [ids.chesterfield] },
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
    expect(await asViewer({ full: [ids.chesterfield] }, unstored.sql, unstored.params)).toEqual([
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
        { full: [ids.chesterfield] },
        `SELECT score FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id WHERE a.council_id = $1`,
        [ids.uttlesford],
      ),
    ).toEqual([]);
  });
});
