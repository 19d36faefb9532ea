import { createHash, randomBytes } from 'node:crypto';

import { Client, type Notification } from 'pg';

import { hashPassword } from '../../api/src/modules/auth/index';
import { createTestOutbox, type TestOutbox } from '../support/outbox';
import { connectAsApiRole } from '../support/api-role-client';
import { ACCOUNTS, startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue #14's last gap: whoever can write a password_reset row can set that account's password
 * through touchstone_reset_password. The adversary holds only the API role's connection (its
 * password, no session) and tries every way to a working link for the administrator: a link of its
 * own, a live one re-pointed at its token or revived, the outbox read, a link asked for and its
 * notification overheard. Each is refused, and the administrator's own password still works.
 */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const REQUEST = 'mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }';
const PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];

describe('the API database role taking over an account through a password reset (issue #14)', () => {
  let t: TestApp;
  let outbox: TestOutbox;
  let api: Client;
  let victim: string;
  const email = ACCOUNTS.admin;

  beforeAll(async () => {
    outbox = createTestOutbox();
    t = await startTestApp({ env: { MAIL_OUTBOX_DIR: outbox.dir } });
    victim = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
    api = await connectAsApiRole(t);
  });
  afterAll(async () => {
    await api?.end();
    await t?.close();
    outbox?.remove();
  });

  /** A token of the adversary's own, in the format the real ones have. */
  const ownToken = () => `tsr_${randomBytes(32).toString('base64url')}`;
  /** Sets a password with a token, as the API role; the account's id, or null when the token is not a live link. */
  const resetWith = async (token: string): Promise<string | null> =>
    (await api.query(`SELECT touchstone_reset_password($1, $2) AS account`, [token, await hashPassword('the adversary chose this')]))
      .rows[0].account;
  /** The administrator still signs in with their own password, and not with the adversary's. */
  async function expectAccountStillTheirs(): Promise<void> {
    expect((await t.signIn(email, 'the adversary chose this')).sessionToken).toBeNull();
    expect((await t.signIn(email)).sessionToken).not.toBeNull();
  }

  /** Runs a statement as the API role; its error's message, or 'done' when it was allowed. */
  const attempt = (sql: string, params: unknown[] = []): Promise<string> =>
    api.query(sql, params).then(
      () => 'done',
      (error: unknown) => String(error),
    );

  // Each forgery is tried through to the password change, so that where a write is allowed the
  // test fails on the takeover itself, then on the write.
  it('should refuse a reset link of its own making, and so set no password with its token', async () => {
    const token = ownToken();
    const inserted = await attempt(
      `INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
      [victim, sha256(token)],
    );
    expect(await resetWith(token)).toBeNull();
    await expectAccountStillTheirs();
    expect(inserted).toMatch(/permission denied/);
  });

  it('should refuse to re-point, revive or delete a link the account asked for', async () => {
    await t.gql(REQUEST, { email });
    await t.app.services.auth.passwordResets.pending;
    await outbox.waitForLink(email, '/reset-password');
    const token = ownToken();
    const repointed = await attempt(`UPDATE password_reset SET token_hash = $2 WHERE user_id = $1 AND used_at IS NULL`, [
      victim,
      sha256(token),
    ]);
    expect(await resetWith(token)).toBeNull();
    await expectAccountStillTheirs();
    expect(repointed).toMatch(/permission denied/);
    expect(await attempt(`UPDATE password_reset SET used_at = NULL, expires_at = now() + interval '1 year'`)).toMatch(/permission denied/);
    expect(await attempt(`DELETE FROM password_reset`)).toMatch(/permission denied/);
  });

  it('should have no privilege at all on the outbox, and read no token from it', async () => {
    await expect(api.query(`SELECT token FROM account_mail`)).rejects.toThrow(/permission denied/);
    await expect(
      api.query(
        `INSERT INTO account_mail (user_id, recipient, kind, token, expires_at) VALUES ($1, 'x@example.org', 'password_reset', 'tsr_x', now())`,
        [victim],
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(api.query(`UPDATE account_mail SET recipient = 'adversary@example.org'`)).rejects.toThrow(/permission denied/);
    await expect(api.query(`DELETE FROM account_mail`)).rejects.toThrow(/permission denied/);
    // Column privileges count too; has_any_column_privilege knows only some privileges.
    const held = await t.dataSource.query(
      `SELECT p AS privilege FROM unnest($1::text[]) p
        WHERE has_table_privilege('touchstone_api', 'account_mail', p)
           OR CASE WHEN p IN ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES') THEN has_any_column_privilege('touchstone_api', 'account_mail', p) ELSE false END`,
      [PRIVILEGES],
    );
    expect(held).toEqual([]);
  });

  it('should get nothing usable from asking for a link itself: no token returned, overheard or derivable from the stored hash', async () => {
    const overheard: Notification[] = [];
    api.on('notification', (notification) => overheard.push(notification));
    await api.query(`LISTEN touchstone_account_mail`);
    const before = outbox.messages().length;

    const answers = [
      (await api.query(`SELECT touchstone_request_password_reset($1, 60) AS answer`, [email])).rows,
      (await api.query(`SELECT touchstone_request_password_reset($1, 60) AS answer`, ['nobody-at-all@example.org'])).rows,
    ];
    // The same answer for an account and for no account, and no token in either.
    expect(answers[0]).toEqual(answers[1]);
    expect(JSON.stringify(answers)).not.toMatch(/tsr_/);

    const link = await outbox.waitForLink(email, '/reset-password', 2);
    expect(outbox.messages().length).toBe(before + 1);
    await api.query(`UNLISTEN *`);
    expect(overheard.length).toBeGreaterThan(0);
    expect(overheard.map((n) => n.payload).join('\n')).not.toMatch(/tsr_/);

    // The hash the API role can read is no token.
    const { rows } = await api.query(`SELECT token_hash FROM password_reset WHERE user_id = $1 AND used_at IS NULL`, [victim]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(sha256(decodeURIComponent(link.split('#token=')[1])));
    expect(await resetWith(rows[0].token_hash)).toBeNull();
    await expectAccountStillTheirs();
  });

  it('should give the mailer role the outbox and nothing else', async () => {
    const mailer = new Client({ connectionString: t.mailerUrl });
    await mailer.connect();
    try {
      for (const sql of [
        `SELECT email FROM app_user`,
        `SELECT token_hash FROM password_reset`,
        `SELECT token_hash FROM user_session`,
        `INSERT INTO account_mail (user_id, recipient, kind, token, expires_at) VALUES ('${victim}', 'x@example.org', 'password_reset', 'tsr_x', now())`,
        `UPDATE account_mail SET recipient = 'adversary@example.org'`,
        `SELECT touchstone_reset_password('tsr_x', 'x')`,
        `SELECT touchstone_request_password_reset('${email}', 60)`,
      ])
        await expect(mailer.query(sql)).rejects.toThrow(/permission denied/);
      expect((await mailer.query(`SELECT count(*)::int AS n FROM account_mail`)).rows).toEqual([{ n: 0 }]);
    } finally {
      await mailer.end();
    }
  });
});
