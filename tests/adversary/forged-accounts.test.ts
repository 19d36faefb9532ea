import { createHash, randomBytes } from 'node:crypto';

import type { Client } from 'pg';

import { hashPassword } from '../../api/src/modules/auth/index';
import { passwordProof } from '../../api/src/modules/auth/password-hashing';
import { connectAsApiRole } from '../support/api-role-client';
import { ACCOUNTS, startTestApp, type TestApp } from '../support/test-app';

/**
 * Finding 10, the other half: row-level security trusts user_session, api_token and app_user, so
 * the API's database role alone, with its password, must not be able to write itself a way in. It
 * connects directly with no session and tries every forgery: a session or a token for an existing
 * user, a user of its own, a role, council or password changed, the verifiers read, the
 * credential functions called with a wrong proof or without the live session they need. Each is
 * refused, and no council's rows become readable.
 */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** Tables of council results: with a forged secret, each must read as empty. */
const COUNCIL_TABLES = ['assessment', 'agreed_rating', 'participant', 'participant_response', 'assessment_score', 'improvement_plan'];

describe('the API database role forging accounts (finding 10)', () => {
  let t: TestApp;
  let api: Client;
  const users: Record<'admin' | 'lead' | 'member', string> = { admin: '', lead: '', member: '' };
  let uttlesford: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    const id = async (email: string) => (await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
    users.admin = await id(ACCOUNTS.admin);
    users.lead = await id(ACCOUNTS.chesterfieldLead);
    users.member = await id(ACCOUNTS.bolsoverMember);
    uttlesford = (await t.dataSource.query(`SELECT id FROM council WHERE gss_code = 'E07000077'`))[0].id;
    api = await connectAsApiRole(t);
  });
  afterAll(async () => {
    await api?.end();
    await t?.close();
  });

  /** Runs statements as the bare API role in one transaction (presenting `secret`, if any), then rolls back; returns the last one's rows. */
  async function asApiRole<TRow = Record<string, unknown>>(
    statements: { sql: string; params?: unknown[] }[],
    secret?: string,
  ): Promise<TRow[]> {
    await api.query('BEGIN');
    try {
      if (secret) await api.query(`SELECT set_config('touchstone.secret', $1, true)`, [secret]);
      let rows: TRow[] = [];
      for (const { sql, params } of statements) rows = (await api.query(sql, params)).rows as TRow[];
      return rows;
    } finally {
      await api.query('ROLLBACK');
    }
  }
  const one = (sql: string, params: unknown[] = [], secret?: string) => asApiRole([{ sql, params }], secret);

  /** How many rows of each council table the secret reads, as the bare API role (after `first`, in the same transaction). */
  async function readWith(secret: string, first: { sql: string; params?: unknown[] }[] = []): Promise<Record<string, number>> {
    const seen: Record<string, number> = {};
    for (const table of COUNCIL_TABLES)
      seen[table] = (await asApiRole<{ n: number }>([...first, { sql: `SELECT count(*)::int AS n FROM ${table}` }], secret))[0].n;
    return seen;
  }
  const nothing = Object.fromEntries(COUNCIL_TABLES.map((table) => [table, 0]));

  /** The statement is refused outright, or leaves nothing readable in the same transaction. */
  async function expectForgeryToOpenNothing(forgery: { sql: string; params?: unknown[] }, secret: string): Promise<void> {
    let seen: Record<string, number>;
    try {
      seen = await readWith(secret, [forgery]);
    } catch (error) {
      expect(String(error)).toMatch(/permission denied/);
      seen = await readWith(secret);
    }
    expect(seen).toEqual(nothing);
  }

  it('should hold council rows, so that reading none means something', async () => {
    for (const table of COUNCIL_TABLES) {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect([table, n > 0]).toEqual([table, true]);
    }
  });

  it('should refuse a session row for an existing user, and read nothing with the secret it names', async () => {
    const secret = newSecret('tss');
    const forgery = {
      sql: `INSERT INTO user_session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
      params: [users.admin, sha256(secret)],
    };
    await expect(asApiRole([forgery])).rejects.toThrow(/permission denied/);
    await expectForgeryToOpenNothing(forgery, secret);
    // Nor can it bring back an ended session, or keep a live one going.
    await expect(one(`UPDATE user_session SET revoked_at = NULL, expires_at = now() + interval '1 year'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(one(`DELETE FROM user_session`)).rejects.toThrow(/permission denied/);
  });

  it("should refuse an API token row for an existing user, or a token's revocation undone", async () => {
    const secret = newSecret('tst');
    const forgery = {
      sql: `INSERT INTO api_token (user_id, name, token_hash, scopes, expires_at) VALUES ($1, 'forged', $2, '{read,submit}', now() + interval '1 day')`,
      params: [users.admin, sha256(secret)],
    };
    await expect(asApiRole([forgery])).rejects.toThrow(/permission denied/);
    await expectForgeryToOpenNothing(forgery, secret);
    await expect(one(`UPDATE api_token SET revoked_at = NULL, expires_at = now() + interval '1 year'`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('should refuse a user of its own, with a password of its choosing, and never open a session for it', async () => {
    const phc = await hashPassword('a password of its choosing');
    await expect(
      one(`INSERT INTO app_user (email, role, password_hash) VALUES ('forged@example.org', 'administrator', $1)`, [phc]),
    ).rejects.toThrow(/permission denied/);
    await expect(
      one(
        `INSERT INTO app_user (email, role, invitation_token_hash, invitation_expires_at) VALUES ('forged@example.org', 'administrator', $1, now() + interval '1 day')`,
        [sha256('tsi_forged')],
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it("should refuse changes to a user's role, council, password, verifier or disabling", async () => {
    for (const [column, value] of [
      ['role', 'administrator'],
      ['council_id', uttlesford],
      ['password_hash', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
      ['password_verifier', '\\x00'],
      ['disabled_at', null],
      ['invitation_token_hash', sha256('tsi_forged')],
    ])
      await expect(one(`UPDATE app_user SET ${column} = $1 WHERE id = $2`, [value, users.member])).rejects.toThrow(/permission denied/);
    await expect(one(`DELETE FROM app_user WHERE id = $1`, [users.member])).rejects.toThrow(/permission denied/);
  });

  it('should not read the verifiers, nor any column from which a proof of the password follows', async () => {
    await expect(one(`SELECT password_verifier FROM app_user`)).rejects.toThrow(/permission denied/);
    await expect(one(`SELECT * FROM app_user`)).rejects.toThrow(/permission denied/);
    // What it can read of the administrator: the settings (a salt and parameters), never the hash.
    const [readable] = await one(
      `SELECT id, email, password_hash, role, council_id, invitation_token_hash, disabled_at FROM app_user WHERE id = $1`,
      [users.admin],
    );
    const settings = String(readable.password_hash);
    expect(settings).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+$/);
    const proof = await passwordProof(settings, t.config.DEMO_PASSWORD);
    const [{ matches }] = await t.dataSource.query(
      `SELECT password_verifier = sha256(decode($1, 'hex')) AS matches FROM app_user WHERE id = $2`,
      [proof, users.admin],
    );
    expect(matches).toBe(true);
    const everythingReadable = JSON.stringify(readable);
    expect(everythingReadable).not.toContain(Buffer.from(proof, 'hex').toString('base64').replace(/=+$/, ''));
    expect(everythingReadable).not.toContain(proof);
  });

  it('should open no session with a wrong proof, the stored settings or the verifier, and one only with the proof of the password', async () => {
    const open = async (proof: string) => {
      const secret = newSecret('tss');
      const [{ user }] = await one(`SELECT touchstone_open_session($1, $2, $3, 12) AS user`, [ACCOUNTS.admin, proof, sha256(secret)]);
      return { user, seen: await readWith(secret) };
    };
    const settings = String((await one(`SELECT touchstone_password_settings($1) AS settings`, [ACCOUNTS.admin]))[0].settings);
    const [{ verifier }] = await t.dataSource.query(`SELECT encode(password_verifier, 'hex') AS verifier FROM app_user WHERE id = $1`, [
      users.admin,
    ]);
    for (const wrong of [await passwordProof(settings, 'not the password'), verifier, '00'.repeat(32), settings, ''])
      expect(await open(wrong)).toEqual({ user: null, seen: nothing });

    // The same call, with what only the password gives, opens the administrator's session (and, for the test, rolls it back).
    const secret = newSecret('tss');
    const proof = await passwordProof(settings, t.config.DEMO_PASSWORD);
    const opened = await readWith(secret, [
      { sql: `SELECT touchstone_open_session($1, $2, $3, 12)`, params: [ACCOUNTS.admin, proof, sha256(secret)] },
    ]);
    expect(opened.assessment).toBeGreaterThan(0);
  });

  it('should stop checking proofs for an account after 100 wrong ones in an hour, the right one included', async () => {
    const settings = String((await one(`SELECT touchstone_password_settings($1) AS settings`, [ACCOUNTS.analyst]))[0].settings);
    const open = (proof: string) => ({
      sql: `SELECT touchstone_open_session($1, $2, $3, 12) AS user`,
      params: [ACCOUNTS.analyst, proof, sha256(newSecret('tss'))],
    });
    const wrong = Array.from({ length: 100 }, (_, i) => open(i.toString(16).padStart(64, '0')));
    const right = open(await passwordProof(settings, t.config.DEMO_PASSWORD));
    expect((await asApiRole([...wrong.slice(1), right]))[0].user).not.toBeNull();
    expect((await asApiRole([...wrong, right]))[0].user).toBeNull();
  });

  it('should hand out made-up settings for an unknown or disabled email, the same every time', async () => {
    const settingsOf = async (email: string) => String((await one(`SELECT touchstone_password_settings($1) AS s`, [email]))[0].s);
    const unknown = await settingsOf('nobody@example.org');
    expect(unknown).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}$/);
    expect(await settingsOf('nobody@example.org')).toBe(unknown);
    expect(await settingsOf('somebody-else@example.org')).not.toBe(unknown);
    await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [users.member]);
    try {
      const real = (await t.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [users.member]))[0].password_hash;
      expect(await settingsOf(ACCOUNTS.bolsoverMember)).not.toBe(real);
    } finally {
      await t.dataSource.query(`UPDATE app_user SET disabled_at = NULL WHERE id = $1`, [users.member]);
    }
  });

  it('should create no API token without a live session, nor with an API token in place of one', async () => {
    const create = (secret?: string) =>
      one(`SELECT touchstone_create_api_token('forged', $1, '{read,submit}', 30)`, [sha256(newSecret('tst'))], secret);
    await expect(create()).rejects.toThrow(/live session/);
    await expect(create(newSecret('tss'))).rejects.toThrow(/live session/);
    const token = (
      await (
        await t.as('chesterfieldLead')
      )(`mutation { createApiToken(input: { name: "forgery test", scopes: [READ, SUBMIT], expiresInDays: 1 }) { token } }`)
    ).data!.createApiToken.token;
    await expect(create(token)).rejects.toThrow(/live session/);
    // Nor revoke one without the owner's (or an administrator's) session.
    const [{ id }] = await t.dataSource.query(`SELECT id FROM api_token WHERE token_hash = $1`, [sha256(token)]);
    expect((await one(`SELECT touchstone_revoke_api_token($1) AS revoked`, [id]))[0].revoked).toBe(false);
    expect((await one(`SELECT touchstone_revoke_api_token($1) AS revoked`, [id], token))[0].revoked).toBe(false);
  });

  it("should invite nobody without an administrator's live session, or a council lead's for their own council", async () => {
    const lead = (await t.signIn(ACCOUNTS.chesterfieldLead)).sessionToken!;
    const member = (await t.signIn(ACCOUNTS.bolsoverMember)).sessionToken!;
    const invite = (role: string, council: string | null, secret?: string) =>
      one(`SELECT touchstone_invite_user('forged@example.org', $1, $2, $3, 7)`, [role, council, sha256('tsi_forged')], secret);
    await expect(invite('administrator', null)).rejects.toThrow(/live session/);
    await expect(invite('council_lead', uttlesford)).rejects.toThrow(/live session/);
    await expect(invite('administrator', null, lead)).rejects.toThrow(/live session/);
    await expect(invite('council_lead', uttlesford, lead)).rejects.toThrow(/live session/);
    await expect(invite('council_member', uttlesford, member)).rejects.toThrow(/live session/);
  });

  it("should change no role, disable nobody and end no one's sessions without another administrator's live session", async () => {
    const admin = (await t.signIn(ACCOUNTS.admin)).sessionToken!;
    const lead = (await t.signIn(ACCOUNTS.chesterfieldLead)).sessionToken!;
    for (const secret of [undefined, lead]) {
      await expect(one(`SELECT touchstone_change_user_role($1, 'administrator', NULL)`, [users.lead], secret)).rejects.toThrow(
        /live session/,
      );
      await expect(one(`SELECT touchstone_set_user_disabled($1, true)`, [users.member], secret)).rejects.toThrow(/live session/);
      await expect(one(`SELECT touchstone_end_user_sessions($1)`, [users.admin], secret)).rejects.toThrow(/live session/);
    }
    // An administrator's own account is not theirs to change.
    await expect(one(`SELECT touchstone_change_user_role($1, 'administrator', NULL)`, [users.admin], admin)).rejects.toThrow(
      /live session/,
    );
  });

  it('should take over no invited account or reset link from the hashes it can read', async () => {
    const invitation = (
      await (
        await t.as('admin')
      )(`mutation { inviteUser(input: { email: "invited-forgery@example.org", role: PAS_ANALYST }) { invitationLink } }`)
    ).data!.inviteUser;
    expect(invitation.invitationLink).toContain('#token=');
    const [{ invitation_token_hash: hash }] = await one(
      `SELECT invitation_token_hash FROM app_user WHERE email = 'invited-forgery@example.org'`,
    );
    const phc = await hashPassword('a password of its choosing');
    expect((await one(`SELECT touchstone_accept_invitation($1, $2) AS user`, [hash, phc]))[0].user).toBeNull();
  });
});
