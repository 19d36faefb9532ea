import { randomBytes } from 'node:crypto';

import { logger } from '../../api/src/common/logger';
import { AccountMailWorker, Mailer } from '../../api/src/modules/auth/index';
import type { OutgoingMail } from '../../api/src/modules/auth/mail/mailer';
import { eventually } from '../support/eventually';
import { createTestOutbox, type TestOutbox } from '../support/outbox';
import { ACCOUNTS, startTestApp, type TestApp } from '../support/test-app';

const ORIGIN = 'https://touchstone.example.org';

/**
 * The account mail worker against the real outbox (account_mail), as the mailer's role: what is
 * queued while no worker listens still goes out, two workers never send one message twice, and a
 * failed send waits for a later try and is logged without its link. The app itself runs no worker
 * here (ACCOUNT_MAIL_WORKER=false), so each test starts the ones it needs.
 */
describe('account mail worker', () => {
  let t: TestApp;
  let outbox: TestOutbox;
  let userId: string;
  const workers: AccountMailWorker[] = [];

  beforeAll(async () => {
    outbox = createTestOutbox();
    t = await startTestApp({ env: { ACCOUNT_MAIL_WORKER: 'false', MAIL_OUTBOX_DIR: outbox.dir, PUBLIC_ORIGIN: ORIGIN } });
    userId = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.analyst]))[0].id;
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.close();
    await t.dataSource.query(`DELETE FROM account_mail`);
  });
  afterAll(async () => {
    await t?.close();
    outbox?.remove();
  });

  /** A worker as the mailer's role, closed after the test; it sends through `mailer` (the outbox folder by default). */
  function worker(mailer: Pick<Mailer, 'send'> = new Mailer(t.config.mail), sweepEveryMs = 60_000): AccountMailWorker {
    const created = new AccountMailWorker({ databaseUrl: t.mailerUrl, publicOrigin: ORIGIN, sweepEveryMs }, mailer);
    workers.push(created);
    return created;
  }
  /** Queues messages as the database's owner, with no notification: as if it had been sent while no worker listened. */
  async function queueQuietly(count: number, minutes = 60): Promise<string[]> {
    const tokens = Array.from({ length: count }, () => `tsr_${randomBytes(32).toString('base64url')}`);
    for (const token of tokens)
      await t.dataSource.query(
        `INSERT INTO account_mail (user_id, recipient, kind, token, expires_at) VALUES ($1, $2, 'password_reset', $3, now() + make_interval(mins => $4))`,
        [userId, ACCOUNTS.analyst, token, minutes],
      );
    return tokens;
  }
  const remaining = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM account_mail`))[0].n as number;
  /** The message is deleted in the transaction that claimed it, just after the file is written. */
  const emptied = () =>
    eventually('the outbox emptied', async () => ((await remaining()) === 0 ? true : undefined), { deadlineMs: 10_000 });
  const tokenIn = (mail: OutgoingMail) => decodeURIComponent(/#token=(\S+)/.exec(mail.text)![1]);

  it('should send what was queued while no worker listened when it starts, and on its sweep while it runs', async () => {
    // Asked for through the API with no worker running: the notification reaches nobody.
    await t.gql('mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }', { email: ACCOUNTS.chesterfieldLead });
    await t.app.services.auth.passwordResets.pending;
    expect(await remaining()).toBe(1);
    await worker(new Mailer(t.config.mail), 200).start();
    expect(await outbox.waitForLink(ACCOUNTS.chesterfieldLead, '/reset-password')).toMatch(
      /^https:\/\/touchstone\.example\.org\/reset-password#token=tsr_/,
    );
    await emptied();

    // Queued with no notification while it runs: the interval's sweep finds it.
    const [token] = await queueQuietly(1);
    await eventually('the swept message', async () => (outbox.messages().some((m) => m.includes(token)) ? true : undefined), {
      deadlineMs: 10_000,
    });
    await emptied();
  });

  it('should send each message once when two workers sweep the same outbox at the same time', async () => {
    const tokens = await queueQuietly(12);
    const sent: { by: string; token: string }[] = [];
    const slowly = (by: string): Pick<Mailer, 'send'> => ({
      send: async (mail) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push({ by, token: tokenIn(mail) });
      },
    });
    const [a, b] = [worker(slowly('a')), worker(slowly('b'))];
    const counts = await Promise.all([a.sweep(), b.sweep(), a.sweep(), b.sweep()]);
    expect(sent.map((s) => s.token).sort()).toEqual([...tokens].sort());
    expect(counts[0] + counts[1]).toBe(12);
    // Both took part: the second skipped what the first held rather than waiting for it.
    expect(new Set(sent.map((s) => s.by))).toEqual(new Set(['a', 'b']));
    expect(await remaining()).toBe(0);
  });

  it('should keep a message whose send failed for a later try, and log the failure without its link', async () => {
    const [token] = await queueQuietly(1);
    const errors = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    let fail = true;
    const sent: string[] = [];
    const flaky = worker({
      send: async (mail) => {
        if (fail) throw new Error(`SMTP said no to: ${mail.text}`);
        sent.push(tokenIn(mail));
      },
    });
    try {
      expect(await flaky.sweep()).toBe(0);
      const [row] = await t.dataSource.query(`SELECT attempts, retry_at > now() AS waiting FROM account_mail`);
      expect(row).toEqual({ attempts: 1, waiting: true });
      expect(errors).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(errors.mock.calls)).not.toContain(token);
      // Not retried before its time, then sent once it is due.
      fail = false;
      expect(await flaky.sweep()).toBe(0);
      await t.dataSource.query(`UPDATE account_mail SET retry_at = now()`);
      expect(await flaky.sweep()).toBe(1);
      expect(sent).toEqual([token]);
      expect(await remaining()).toBe(0);
    } finally {
      errors.mockRestore();
    }
  });

  it('should drop a message whose link expired before it could be sent, unsent', async () => {
    await queueQuietly(1, -1);
    const sent: OutgoingMail[] = [];
    expect(await worker({ send: async (mail) => void sent.push(mail) }).sweep()).toBe(0);
    expect(sent).toEqual([]);
    expect(await remaining()).toBe(0);
  });
});
