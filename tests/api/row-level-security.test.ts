import { randomUUID as randomUuid } from 'node:crypto';

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
      'facilitated_session',
      'participant',
      'participant_response',
      'session_item_state',
      'session_participant',
      'session_vote',
      'submission_idempotency',
    ]);
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

  /** Runs sql as an anonymous session participant: no viewer, only the session settings a participant's transaction sets. */
  async function asParticipant<TRow>(
    settings: { joinCode?: string; tokenHash?: string; session?: string; participant?: string },
    sql: string,
    params: unknown[] = [],
  ) {
    return asViewer<TRow>({}, sql, params, {
      sql: `SELECT set_config('touchstone.join_code', $1, true), set_config('touchstone.participant_token', $2, true),
                   set_config('touchstone.session', $3, true), set_config('touchstone.participant', $4, true)`,
      params: [settings.joinCode ?? '', settings.tokenHash ?? '', settings.session ?? '', settings.participant ?? ''],
    });
  }

  it('should scope session tables to the council, and an anonymous participant to its one session', async () => {
    const [demo] = await t.dataSource.query(`SELECT id, join_code FROM facilitated_session WHERE council_id = $1`, [ids.chesterfield]);
    expect(demo.join_code).toBe('CHDM24');
    const [item] = await t.dataSource.query(`SELECT item_id FROM session_item_state WHERE session_id = $1`, [demo.id]);
    const [other] = await t.dataSource.query(
      `INSERT INTO facilitated_session (assessment_id, council_id, framework_id, mode, section_ids, join_code, join_code_expires_at, created_by_id)
       SELECT assessment_id, council_id, framework_id, mode, section_ids, 'TRY247', join_code_expires_at, created_by_id FROM facilitated_session WHERE id = $1 RETURNING id`,
      [demo.id],
    );
    const [participant] = await t.dataSource.query(
      `INSERT INTO session_participant (session_id, role, token_hash) VALUES ($1, 'officer', repeat('a', 64)) RETURNING id`,
      [demo.id],
    );
    const sessions = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

    // The facilitator's council sees its sessions; another council and nobody see none.
    expect(sessions(await asViewer({ full: [ids.chesterfield], write: ids.chesterfield }, `SELECT id FROM facilitated_session`))).toEqual(
      [demo.id, other.id].sort(),
    );
    expect(await asViewer({ full: [ids.uttlesford], write: ids.uttlesford }, `SELECT id FROM facilitated_session`)).toEqual([]);
    for (const table of ['facilitated_session', 'session_participant', 'session_vote', 'session_item_state'])
      expect(await asParticipant({}, `SELECT 1 FROM ${table}`)).toEqual([]);

    // Joining: the code names one session; the token hash names one participant.
    expect(sessions(await asParticipant({ joinCode: 'CHDM24' }, `SELECT id FROM facilitated_session`))).toEqual([demo.id]);
    expect(await asParticipant({ tokenHash: 'a'.repeat(64) }, `SELECT id FROM session_participant`)).toEqual([{ id: participant.id }]);
    expect(await asParticipant({ tokenHash: 'b'.repeat(64) }, `SELECT id FROM session_participant`)).toEqual([]);

    // In its session: it reads that session only, adds itself only there, and writes only its own votes.
    expect(sessions(await asParticipant({ session: demo.id }, `SELECT id FROM facilitated_session`))).toEqual([demo.id]);
    await expect(
      asParticipant(
        { session: demo.id },
        `INSERT INTO session_participant (session_id, role, token_hash) VALUES ($1, 'officer', repeat('c', 64))`,
        [other.id],
      ),
    ).rejects.toThrow(/row-level security/);
    const [level] = await t.dataSource.query(
      `SELECT l.id, l.dimension_id FROM rating_level l JOIN rating_dimension d ON d.id = l.dimension_id JOIN facilitated_session s ON s.framework_id = d.framework_id WHERE s.id = $1 LIMIT 1`,
      [demo.id],
    );
    const insertVote = `INSERT INTO session_vote (participant_id, item_id, dimension_id, vote_round, session_id, level_id) VALUES ($1, $2, $3, 1, $4, $5) RETURNING participant_id`;
    const voteParams = [participant.id, item.item_id, level.dimension_id, demo.id, level.id];
    expect(await asParticipant({ session: demo.id, participant: participant.id }, insertVote, voteParams)).toHaveLength(1);
    await expect(asParticipant({ session: demo.id, participant: randomUuid() }, insertVote, voteParams)).rejects.toThrow(
      /row-level security/,
    );
    await expect(
      asParticipant({ session: demo.id, participant: participant.id }, `UPDATE facilitated_session SET status = 'ended' RETURNING id`),
    ).resolves.toEqual([]);
    await t.dataSource.query(`DELETE FROM facilitated_session WHERE id = $1`, [other.id]);
    await t.dataSource.query(`DELETE FROM session_participant WHERE id = $1`, [participant.id]);
  });
});
