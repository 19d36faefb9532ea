import { createHash } from 'node:crypto';

import type { Client } from 'pg';

import { SESSION_COOKIE } from '../../api/src/app';
import { consentingPartnersOf } from '../support/collaboration';
import { connectAsApiRole } from '../support/api-role-client';
import { ACCOUNTS, startTestApp, type TestApp } from '../support/test-app';

/**
 * Finding 10: row-level security must not trust the API. An attacker holding only the API's
 * database role and its password (a leaked connection string, an injected query) connects
 * directly, sets whatever settings it likes, and must read no council's rows; only a live
 * session's or token's secret opens exactly that viewer's councils.
 */

/** Every table holding one council's rows, and how to find the council of a row (as the owner). */
const COUNCIL_TABLES: Record<string, { join: string; council: string; partnersSee?: 'always' | 'when-plan-shared' }> = {
  assessment: { join: '', council: 'x.council_id', partnersSee: 'always' },
  agreed_rating: { join: 'JOIN assessment a ON a.id = x.assessment_id', council: 'a.council_id', partnersSee: 'always' },
  participant: { join: 'JOIN assessment a ON a.id = x.assessment_id', council: 'a.council_id' },
  participant_response: {
    join: 'JOIN participant p ON p.id = x.participant_id JOIN assessment a ON a.id = p.assessment_id',
    council: 'a.council_id',
  },
  assessment_score: { join: 'JOIN assessment a ON a.id = x.assessment_id', council: 'a.council_id' },
  submission_idempotency: { join: 'JOIN assessment a ON a.id = x.assessment_id', council: 'a.council_id' },
  facilitated_session: { join: '', council: 'x.council_id' },
  session_participant: { join: 'JOIN facilitated_session s ON s.id = x.session_id', council: 's.council_id' },
  session_item_state: { join: 'JOIN facilitated_session s ON s.id = x.session_id', council: 's.council_id' },
  session_vote: { join: 'JOIN facilitated_session s ON s.id = x.session_id', council: 's.council_id' },
  improvement_plan: { join: 'JOIN improvement_plan pl ON pl.id = x.id', council: 'x.council_id', partnersSee: 'when-plan-shared' },
  plan_heading: { join: 'JOIN improvement_plan pl ON pl.id = x.plan_id', council: 'pl.council_id', partnersSee: 'when-plan-shared' },
  plan_challenge: { join: 'JOIN improvement_plan pl ON pl.id = x.plan_id', council: 'pl.council_id', partnersSee: 'when-plan-shared' },
  plan_action: { join: 'JOIN improvement_plan pl ON pl.id = x.plan_id', council: 'pl.council_id', partnersSee: 'when-plan-shared' },
  progress_update: { join: 'JOIN improvement_plan pl ON pl.id = x.plan_id', council: 'pl.council_id', partnersSee: 'when-plan-shared' },
};
const TABLES = Object.keys(COUNCIL_TABLES);
const DEVICE_TOKEN = 'tsp_adversary-test-device-token-0123456789abcdefghijkl';

describe('the API database role on its own (finding 10)', () => {
  let t: TestApp;
  let api: Client;
  const ids: Record<string, string> = {};
  let allCouncils: string[];

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    for (const [name, code] of Object.entries({ chesterfield: 'E07000034', uttlesford: 'E07000077' })) {
      ids[name] = (await t.dataSource.query(`SELECT id FROM council WHERE gss_code = $1`, [code]))[0].id;
    }
    allCouncils = (await t.dataSource.query(`SELECT id FROM council`)).map((r: { id: string }) => r.id);
    // Plans unshared, so that what a council reads of its partners is only their agreed ratings.
    await t.dataSource.query(`UPDATE improvement_plan SET shared_with_partners = false, shared_with_pas = false`);
    // A participant's device in the demo session, with one vote, as joining and voting leave them.
    const [session] = await t.dataSource.query(`SELECT id FROM facilitated_session WHERE council_id = $1`, [ids.chesterfield]);
    const [participant] = await t.dataSource.query(
      `INSERT INTO session_participant (session_id, role, token_hash) VALUES ($1, 'officer', $2) RETURNING id`,
      [session.id, createHash('sha256').update(DEVICE_TOKEN).digest('hex')],
    );
    await t.dataSource.query(
      `INSERT INTO session_vote (participant_id, item_id, dimension_id, vote_round, session_id, level_id)
       SELECT $1, st.item_id, l.dimension_id, 1, st.session_id, l.id
         FROM session_item_state st JOIN facilitated_session s ON s.id = st.session_id
         JOIN rating_dimension d ON d.framework_id = s.framework_id JOIN rating_level l ON l.dimension_id = d.id
        WHERE st.session_id = $2 ORDER BY st.item_id, l.id LIMIT 1`,
      [participant.id, session.id],
    );
    api = await connectAsApiRole(t);
  });
  afterAll(async () => {
    await api.end();
    await t.close();
  });

  /** Runs statements as the bare API role in one transaction, then rolls back; returns the last one's rows. */
  async function asApiRole<TRow>(statements: { sql: string; params?: unknown[] }[]): Promise<TRow[]> {
    await api.query('BEGIN');
    try {
      let rows: TRow[] = [];
      for (const { sql, params } of statements) rows = (await api.query(sql, params)).rows as TRow[];
      return rows;
    } finally {
      await api.query('ROLLBACK');
    }
  }
  const countAll = (table: string) => ({ sql: `SELECT count(*)::int AS n FROM ${table}` });
  const counts = async (setup: { sql: string; params?: unknown[] }[]) => {
    const result: Record<string, number> = {};
    for (const table of TABLES) result[table] = (await asApiRole<{ n: number }>([...setup, countAll(table)]))[0].n;
    return result;
  };
  const nothing = Object.fromEntries(TABLES.map((table) => [table, 0]));

  /** What a council's own user may see of each table, counted by the owner: its own rows, and what consenting partners share. */
  async function expectedFor(councilId: string): Promise<Record<string, number>> {
    const partners = await consentingPartnersOf(t.dataSource, councilId);
    const result: Record<string, number> = {};
    for (const [table, { join, council, partnersSee }] of Object.entries(COUNCIL_TABLES)) {
      const partnerRule =
        partnersSee === 'always'
          ? `OR ${council} = ANY ($2::uuid[])`
          : partnersSee === 'when-plan-shared'
            ? `OR (${council} = ANY ($2::uuid[]) AND pl.shared_with_partners)`
            : 'AND cardinality($2::uuid[]) >= 0';
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} x ${join} WHERE ${council} = $1 ${partnerRule}`, [
        councilId,
        partners,
      ]);
      result[table] = n;
    }
    return result;
  }

  const presentSecret = (secret: string) => ({ sql: `SELECT set_config('touchstone.secret', $1, true)`, params: [secret] });
  /** Every setting the API used to give PostgreSQL, claiming an administrator's reach and every session. */
  const forgedScope = async () => {
    const [session] = await t.dataSource.query(`SELECT id FROM facilitated_session LIMIT 1`);
    const [participant] = await t.dataSource.query(`SELECT id, token_hash FROM session_participant LIMIT 1`);
    const settings: Record<string, string> = {
      'touchstone.scope': 'all',
      'touchstone.full_councils': allCouncils.join(','),
      'touchstone.agreed_councils': allCouncils.join(','),
      'touchstone.write_council': ids.uttlesford,
      'touchstone.plan_reader': 'pas',
      'touchstone.session': session?.id ?? '',
      'touchstone.participant': participant?.id ?? '',
      'touchstone.participant_token': participant?.token_hash ?? '',
    };
    return Object.entries(settings).map(([name, value]) => ({ sql: `SELECT set_config($1, $2, true)`, params: [name, value] }));
  };
  const sessionOf = async (email: string) => {
    const { sessionToken } = await t.signIn(email);
    if (!sessionToken) throw new Error(`sign-in failed for ${email}`);
    return sessionToken;
  };

  it('should hold rows in every council table, so that reading none means something', async () => {
    for (const table of TABLES.filter((name) => name !== 'submission_idempotency')) {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, hasRows: n > 0 }).toEqual({ table, hasRows: true });
    }
  });

  it('should read nothing with no secret, whatever scope the role sets for itself', async () => {
    expect(await counts([])).toEqual(nothing);
    expect(await counts(await forgedScope())).toEqual(nothing);
  });

  it("should read nothing with a session's stored hash instead of its secret", async () => {
    await sessionOf(ACCOUNTS.admin);
    // The API's role can read the hashes: they must not open anything.
    const hashes: { token_hash: string }[] = (await api.query(`SELECT token_hash FROM user_session WHERE revoked_at IS NULL`)).rows;
    expect(hashes.length).toBeGreaterThan(0);
    for (const { token_hash } of hashes)
      expect((await asApiRole<{ n: number }>([presentSecret(token_hash), countAll('assessment')]))[0].n).toBe(0);
  });

  it("should read exactly the council's own rows with its lead's live session, and no more when it forges a wider scope", async () => {
    const secret = await sessionOf(ACCOUNTS.uttlesfordLead);
    const expected = await expectedFor(ids.uttlesford);
    expect(expected.assessment).toBeGreaterThan(0);
    expect(await counts([presentSecret(secret)])).toEqual(expected);
    expect(await counts([presentSecret(secret), ...(await forgedScope())])).toEqual(expected);
  });

  it("should read a facilitating council's session votes and responses, and its consenting partners' agreed ratings only", async () => {
    const secret = await sessionOf(ACCOUNTS.chesterfieldLead);
    const expected = await expectedFor(ids.chesterfield);
    expect(expected.session_vote).toBeGreaterThan(0);
    expect(await counts([presentSecret(secret), ...(await forgedScope())])).toEqual(expected);
  });

  it("should give a participant's device token its own session and nothing of the council's results", async () => {
    const seen = await counts([{ sql: `SELECT set_config('touchstone.participant_secret', $1, true)`, params: [DEVICE_TOKEN] }]);
    expect(seen.facilitated_session).toBe(1);
    expect(seen.session_vote).toBeGreaterThan(0);
    for (const table of TABLES.filter((name) => !name.startsWith('session_') && name !== 'facilitated_session'))
      expect([table, seen[table]]).toEqual([table, 0]);
    // Its stored hash is not the token.
    const hash = createHash('sha256').update(DEVICE_TOKEN).digest('hex');
    expect(await counts([{ sql: `SELECT set_config('touchstone.participant_secret', $1, true)`, params: [hash] }])).toEqual(nothing);
  });

  it('should read nothing with a session that has ended or expired', async () => {
    const signedOut = await sessionOf(ACCOUNTS.uttlesfordLead);
    await t.client({ cookie: `${SESSION_COOKIE}=${signedOut}` })('mutation { signOut }');
    expect(await counts([presentSecret(signedOut)])).toEqual(nothing);
    const expired = await sessionOf(ACCOUNTS.uttlesfordLead);
    const hash = createHash('sha256').update(expired).digest('hex');
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hash]);
    expect(await counts([presentSecret(expired)])).toEqual(nothing);
  });

  it('should not accept a viewer the role writes, or one carried over from an earlier transaction', async () => {
    const secret = await sessionOf(ACCOUNTS.uttlesfordLead);
    const [{ cached }] = await asApiRole<{ cached: string }>([
      presentSecret(secret),
      countAll('assessment'),
      { sql: `SELECT current_setting('touchstone.viewer', true) AS cached` },
    ]);
    expect(cached).toMatch(/^[0-9a-f]{64}\|/);
    // The same sealed viewer, replayed in a later transaction without the secret.
    expect(
      (
        await asApiRole<{ n: number }>([
          { sql: `SELECT set_config('touchstone.viewer', $1, true)`, params: [cached] },
          countAll('assessment'),
        ])
      )[0].n,
    ).toBe(0);
    // The seal kept, the scope widened to every council.
    const widened = cached.replace(/\(\{[^}]*\}/, `("{00000000-0000-0000-0000-000000000000}"`);
    expect(widened).not.toEqual(cached);
    const reads = await asApiRole<{ n: number }>([
      presentSecret(secret),
      { sql: `SELECT set_config('touchstone.viewer', $1, true)`, params: [widened] },
      countAll('assessment'),
    ]);
    expect(reads[0].n).toBe((await expectedFor(ids.uttlesford)).assessment);
    // Nor can it read the key the seal is made with, or call the seal itself.
    await expect(api.query(`SELECT * FROM touchstone_viewer_key`)).rejects.toThrow(/permission denied/);
    await expect(api.query(`SELECT touchstone_viewer_seal('k', 'p', 's')`)).rejects.toThrow(/permission denied/);
  });

  it("should write nothing into its own council's tables without a secret, and with another council's secret", async () => {
    const framework = (await t.dataSource.query(`SELECT id FROM framework WHERE key = 'improvement-breakthroughs'`))[0].id;
    const insert = {
      sql: `INSERT INTO assessment (council_id, framework_id, round) VALUES ($1, $2, '2041-42')`,
      params: [ids.uttlesford, framework],
    };
    await expect(asApiRole([...(await forgedScope()), insert])).rejects.toThrow(/row-level security/);
    const otherLead = await sessionOf(ACCOUNTS.chesterfieldLead);
    await expect(asApiRole([presentSecret(otherLead), insert])).rejects.toThrow(/row-level security/);
    const ownLead = await sessionOf(ACCOUNTS.uttlesfordLead);
    await expect(asApiRole([presentSecret(ownLead), insert])).resolves.toEqual([]);
  });
});
