import type { Client } from 'pg';

import { connectAsApiRole } from '../support/api-role-client';
import { ACCOUNTS, startTestApp, type TestApp } from '../support/test-app';

/**
 * Finding 10, the sharing tables: who sees whose results is decided by `pas_sharing` (PAS),
 * `collaboration_member.consented_at` (partners) and the group-defining `council_circumstance`
 * facts (the anonymised groups). The API's database role, connecting directly with a real but
 * ordinary account's session, tries to widen what that account or another one sees: share a
 * council with PAS, consent for a council, add a consenting member, record a fact of a source it
 * may not. Each is refused; the same writes made by the account that may make them go through, so
 * the refusals are the policies and not a missing grant.
 */

type Statement = { sql: string; params?: unknown[] };
const NO_ROW = /violates row-level security policy/;

describe('the API database role widening who sees what (finding 10)', () => {
  let t: TestApp;
  let api: Client;
  const council: Record<'chesterfield' | 'bolsover' | 'uttlesford', string> = { chesterfield: '', bolsover: '', uttlesford: '' };
  const secrets: Record<'lead' | 'member' | 'analyst' | 'admin', string> = { lead: '', member: '', analyst: '', admin: '' };
  let leadUser: string;
  let groupId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    for (const [name, code] of Object.entries({ chesterfield: 'E07000034', bolsover: 'E07000033', uttlesford: 'E07000077' }))
      council[name as keyof typeof council] = (await t.dataSource.query(`SELECT id FROM council WHERE gss_code = $1`, [code]))[0].id;
    for (const [name, email] of Object.entries({
      lead: ACCOUNTS.chesterfieldLead,
      member: ACCOUNTS.bolsoverMember,
      analyst: ACCOUNTS.analyst,
      admin: ACCOUNTS.admin,
    })) {
      const { sessionToken } = await t.signIn(email);
      if (!sessionToken) throw new Error(`sign-in failed for ${email}`);
      secrets[name as keyof typeof secrets] = sessionToken;
    }
    leadUser = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.chesterfieldLead]))[0].id;
    // A group with Chesterfield and Uttlesford, neither consenting yet.
    groupId = (await t.dataSource.query(`INSERT INTO collaboration_group (name) VALUES ('Adversary test group') RETURNING id`))[0].id;
    await t.dataSource.query(`INSERT INTO collaboration_member (group_id, council_id) VALUES ($1, $2), ($1, $3)`, [
      groupId,
      council.chesterfield,
      council.uttlesford,
    ]);
    await t.dataSource.query(`DELETE FROM pas_sharing WHERE council_id IN ($1, $2)`, [council.chesterfield, council.uttlesford]);
    api = await connectAsApiRole(t);
  });
  afterAll(async () => {
    await api?.end();
    await t?.close();
  });

  /** Runs one statement as the bare API role presenting `secret` (or none), in a transaction rolled back after; returns its row count. */
  async function asApiRole(statement: Statement, secret?: string): Promise<number> {
    await api.query('BEGIN');
    try {
      if (secret) await api.query(`SELECT set_config('touchstone.secret', $1, true)`, [secret]);
      return (await api.query(statement.sql, statement.params)).rowCount ?? 0;
    } finally {
      await api.query('ROLLBACK');
    }
  }

  const shareWithPas = (councilId: string): Statement => ({
    sql: `INSERT INTO pas_sharing (council_id, shared_by_id) VALUES ($1, $2)`,
    params: [councilId, leadUser],
  });
  const consentFor = (councilId: string): Statement => ({
    sql: `UPDATE collaboration_member SET consented_at = now() WHERE group_id = $1 AND council_id = $2`,
    params: [groupId, councilId],
  });
  const addConsentingMember = (councilId: string): Statement => ({
    sql: `INSERT INTO collaboration_member (group_id, council_id, consented_at) VALUES ($1, $2, now())`,
    params: [groupId, councilId],
  });
  const addMember = (councilId: string): Statement => ({
    sql: `INSERT INTO collaboration_member (group_id, council_id) VALUES ($1, $2)`,
    params: [groupId, councilId],
  });
  const recordFact = (councilId: string, source: string): Statement => ({
    sql: `INSERT INTO council_circumstance (council_id, kind, source, round) VALUES ($1, 'cash_strapped', $2, '2026-27')`,
    params: [councilId, source],
  });

  it('should refuse every widening write with no session at all', async () => {
    await expect(asApiRole(shareWithPas(council.uttlesford))).rejects.toThrow(NO_ROW);
    expect(await asApiRole(consentFor(council.uttlesford))).toBe(0);
    await expect(asApiRole(addMember(council.bolsover))).rejects.toThrow(NO_ROW);
    for (const source of ['official', 'pas_assigned', 'self_declared'])
      await expect(asApiRole(recordFact(council.uttlesford, source))).rejects.toThrow(NO_ROW);
  });

  it("should let a council's lead share and consent only for its own council", async () => {
    await expect(asApiRole(shareWithPas(council.uttlesford), secrets.lead)).rejects.toThrow(NO_ROW);
    expect(await asApiRole(consentFor(council.uttlesford), secrets.lead)).toBe(0);
    await expect(asApiRole(addConsentingMember(council.bolsover), secrets.lead)).rejects.toThrow(NO_ROW);
    // What the lead may do through the API, the policies let through.
    expect(await asApiRole(shareWithPas(council.chesterfield), secrets.lead)).toBe(1);
    expect(await asApiRole(consentFor(council.chesterfield), secrets.lead)).toBe(1);
  });

  it("should not let a council's member do what only its lead may", async () => {
    await expect(asApiRole(shareWithPas(council.bolsover), secrets.member)).rejects.toThrow(NO_ROW);
    await expect(asApiRole(recordFact(council.bolsover, 'self_declared'), secrets.member)).rejects.toThrow(NO_ROW);
  });

  it('should let an administrator add members but never consent for them', async () => {
    await expect(asApiRole(addConsentingMember(council.bolsover), secrets.admin)).rejects.toThrow(NO_ROW);
    expect(await asApiRole(consentFor(council.uttlesford), secrets.admin)).toBe(0);
    await expect(asApiRole(shareWithPas(council.uttlesford), secrets.admin)).rejects.toThrow(NO_ROW);
    expect(await asApiRole(addMember(council.bolsover), secrets.admin)).toBe(1);
  });

  it('should let each source be recorded only by the account it names', async () => {
    const allowed: [keyof typeof secrets, string, string][] = [
      ['admin', 'official', council.uttlesford],
      ['analyst', 'pas_assigned', council.uttlesford],
      ['lead', 'self_declared', council.chesterfield],
    ];
    for (const [account, source, councilId] of allowed) {
      expect(await asApiRole(recordFact(councilId, source), secrets[account])).toBe(1);
      for (const other of ['official', 'pas_assigned', 'self_declared'].filter((s) => s !== source))
        await expect(asApiRole(recordFact(councilId, other), secrets[account])).rejects.toThrow(NO_ROW);
    }
    // A lead declares only of its own council, and nobody removes a fact of a source they may not record.
    await expect(asApiRole(recordFact(council.uttlesford, 'self_declared'), secrets.lead)).rejects.toThrow(NO_ROW);
    expect(await asApiRole({ sql: `DELETE FROM council_circumstance WHERE source = 'official'` }, secrets.analyst)).toBe(0);
    expect(await asApiRole({ sql: `DELETE FROM pas_sharing` }, secrets.analyst)).toBe(0);
  });

  it('should keep the guarded tables readable, as the benchmark module reads every council’s facts', async () => {
    const [{ n }] = (await api.query(`SELECT count(*)::int AS n FROM council_circumstance`)).rows;
    const [{ owner }] = await t.dataSource.query(`SELECT count(*)::int AS owner FROM council_circumstance`);
    expect(owner).toBeGreaterThan(0);
    expect(n).toBe(owner);
  });
});
