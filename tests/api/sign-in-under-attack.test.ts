import { type App, SESSION_COOKIE, startApp } from '../../api/src/app';
import { createDataSource } from '../../api/src/data-source';
import { ACCOUNTS, apiRoleUrl, startTestApp, type TestApp } from '../support/test-app';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { email } }';
const FREE_FAILURES = 5;

type Attempt = { status: number; retryAfter: string | null; reason: string | undefined; signedIn: boolean };

/**
 * Sign-in under attack, over HTTP against the real API and database: the limits are reserved before
 * any password is checked, so parallel guesses cannot all be checked; they hold across two API
 * processes; failures from one place do not lock the owner out from another; and a flood of
 * sign-ins waits in a bounded queue or is refused, so memory stays flat.
 */
describe('sign-in under attack', () => {
  let t: TestApp;
  let second: App;
  let secondSource: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    // The test's requests come from loopback, which is trusted to say who the client is.
    // A short hash queue keeps the flood below light on a shared machine; the bound is the same whatever its length.
    t = await startTestApp({
      env: { SIGN_IN_MAX_FAILURES: String(FREE_FAILURES), TRUSTED_PROXIES: 'loopback', PASSWORD_HASH_QUEUE: '8' },
    });
    secondSource = createDataSource(apiRoleUrl(t), { poolSize: 5 });
    await secondSource.initialize();
    second = await startApp(secondSource, t.config, 0);
  });
  afterAll(async () => {
    await second.close();
    await new Promise((resolve) => second.server.close(resolve));
    await secondSource.destroy();
    await t.close();
  });

  const attempt = async (email: string, password: string, from: string, url = t.app.url): Promise<Attempt> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
    });
    const body = (await response.json()) as { data?: { signIn?: unknown } | null; errors?: { extensions?: { reason?: string } }[] };
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      reason: body.errors?.[0]?.extensions?.reason,
      signedIn: Boolean(body.data?.signIn) && (response.headers.get('set-cookie') ?? '').includes(`${SESSION_COOKIE}=`),
    };
  };
  const checked = (attempts: Attempt[]) => attempts.filter((a) => a.signedIn || a.reason === 'INVALID_CREDENTIALS');

  it('should check at most the free failures of 40 parallel guesses, 39 wrong and 1 right, across two API processes', async () => {
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 20 ? t.config.DEMO_PASSWORD : `wrong-guess-${i}`));
    // Half to each process: the limit is in the database, not in either process.
    const results = await Promise.all(
      guesses.map((password, i) => attempt(ACCOUNTS.chesterfieldLead, password, '203.0.113.10', i % 2 ? second.url : t.app.url)),
    );
    expect(checked(results).length).toBeLessThanOrEqual(FREE_FAILURES);
    const refused = results.filter((r) => !checked(results).includes(r));
    expect(refused.length).toBeGreaterThanOrEqual(40 - FREE_FAILURES);
    for (const r of refused) {
      expect(r).toMatchObject({ status: 429, reason: 'TOO_MANY_ATTEMPTS', signedIn: false });
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
    }
    expect(results.some((r) => r.status >= 500)).toBe(false);
  });

  it('should refuse the real password after 39 parallel wrong guesses, and say the same for an account that does not exist', async () => {
    const burst = (email: string) => Promise.all(Array.from({ length: 39 }, (_, i) => attempt(email, `wrong-guess-${i}`, '203.0.113.20')));
    const real = await burst(ACCOUNTS.hartlepoolLead);
    expect(checked(real)).toHaveLength(FREE_FAILURES);
    const afterwards = await attempt(ACCOUNTS.hartlepoolLead, t.config.DEMO_PASSWORD, '203.0.113.20');
    expect(afterwards).toMatchObject({ status: 429, reason: 'TOO_MANY_ATTEMPTS', signedIn: false });

    const ghost = await burst('nobody-here@example.org');
    expect(checked(ghost)).toHaveLength(FREE_FAILURES);
    const ghostAfterwards = await attempt('nobody-here@example.org', 'any-password-at-all', '203.0.113.20');
    expect({ ...ghostAfterwards, retryAfter: null }).toEqual({ ...afterwards, retryAfter: null });
  });

  it('should let the owner in from an address with no failures, and back the account off only briefly when guesses come from everywhere', async () => {
    const account = ACCOUNTS.uttlesfordLead;
    for (const r of await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(account, `wrong-${i}`, '198.51.100.7'))))
      expect(r.signedIn).toBe(false);
    // One place's failures back off that place only.
    expect((await attempt(account, t.config.DEMO_PASSWORD, '192.0.2.50')).signedIn).toBe(true);

    // Guesses spread over many addresses, each below its own limit, reach the account's limit (4 × 5).
    // In parallel batches small enough for the hash queue, so none is turned away as busy (which would not count).
    const spread: Attempt[] = [];
    for (let batch = 0; batch < 8; batch++)
      spread.push(
        ...(await Promise.all(
          Array.from({ length: 5 }, (_, i) => attempt(account, `wrong-${batch}-${i}`, `198.51.100.${100 + ((batch * 5 + i) % 10)}`)),
        )),
      );
    expect(spread.some((r) => r.reason === 'PASSWORD_CHECKS_BUSY')).toBe(false);
    expect(checked(spread).length).toBeLessThanOrEqual(4 * FREE_FAILURES);
    // The owner, from a clean address, is asked to wait, but not for long.
    const owner = await attempt(account, t.config.DEMO_PASSWORD, '192.0.2.51');
    expect(owner).toMatchObject({ status: 429, reason: 'TOO_MANY_ATTEMPTS' });
    expect(Number(owner.retryAfter)).toBeLessThanOrEqual(t.config.SIGN_IN_SHARED_BACKOFF_MAX_SECONDS);
    // Once the wait is over (moved forward here rather than waited for), the right password works.
    await t.dataSource.query(`UPDATE sign_in_throttle SET blocked_until = now() WHERE kind = 'account'`);
    expect((await attempt(account, t.config.DEMO_PASSWORD, '192.0.2.51')).signedIn).toBe(true);
  });

  it('should double the wait after each further failure, up to the cap', async () => {
    const account = ACCOUNTS.bolsoverMember;
    const from = '198.51.100.200';
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await attempt(account, `wrong-${i}`, from);
      if (i >= FREE_FAILURES - 1) {
        const [{ seconds }] = await t.dataSource.query(
          `SELECT round(extract(epoch FROM blocked_until - now()))::int AS seconds FROM sign_in_throttle WHERE kind = 'account-address' AND blocked_until > now() ORDER BY blocked_until DESC LIMIT 1`,
        );
        waits.push(seconds);
        expect(r.reason).toBe('INVALID_CREDENTIALS');
        // Let the next one through, as if the person had waited.
        await t.dataSource.query(
          `UPDATE sign_in_throttle SET blocked_until = now() WHERE kind = 'account-address' AND blocked_until > now()`,
        );
      }
    }
    expect(waits.map((w) => Math.round(w / 30))).toEqual([1, 2, 4, 8]);
    await t.dataSource.query(`UPDATE sign_in_throttle SET attempts = 60 WHERE kind = 'account-address'`);
    await attempt(account, 'wrong-again', from);
    const [{ seconds }] = await t.dataSource.query(
      `SELECT max(round(extract(epoch FROM blocked_until - now())))::int AS seconds FROM sign_in_throttle WHERE kind = 'account-address'`,
    );
    expect(seconds).toBeLessThanOrEqual(t.config.SIGN_IN_BACKOFF_MAX_SECONDS);
    expect(seconds).toBeGreaterThan(t.config.SIGN_IN_BACKOFF_MAX_SECONDS - 5);

    // After an hour with no attempts the run is over: the next failure is the first of a new one.
    await t.dataSource.query(`UPDATE sign_in_throttle SET last_attempt_at = now() - interval '61 minutes', blocked_until = NULL`);
    expect((await attempt(account, 'wrong-next-day', from)).reason).toBe('INVALID_CREDENTIALS');
    const [row] = await t.dataSource.query(
      `SELECT attempts, blocked_until FROM sign_in_throttle WHERE kind = 'account-address' ORDER BY last_attempt_at DESC LIMIT 1`,
    );
    expect(row).toEqual({ attempts: 1, blocked_until: null });
  });

  it('should keep memory flat through 300 parallel sign-ins, checking a bounded number and refusing the rest as busy', async () => {
    const MEMORY_BOUND_MIB = 200;
    const failuresCounted = async (): Promise<number> =>
      (await t.dataSource.query(`SELECT coalesce(sum(attempts), 0)::int AS n FROM sign_in_throttle WHERE kind = 'account'`))[0].n;
    const countedBefore = await failuresCounted();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    // 300 different accounts from 300 addresses: no limit refuses them, so every one wants a hash.
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => attempt(`visitor-${i}@example.org`, `password-${i}`, `10.1.${i >> 8}.${i & 255}`)),
    );
    clearInterval(sampler);
    const growthMiB = (peak - before) / 2 ** 20;
    console.info(`300 parallel sign-ins: RSS ${Math.round(before / 2 ** 20)} MiB before, peak +${growthMiB.toFixed(0)} MiB`);
    expect(growthMiB).toBeLessThan(MEMORY_BOUND_MIB);

    const checkedCount = checked(results).length;
    const busy = results.filter((r) => r.reason === 'PASSWORD_CHECKS_BUSY');
    expect(checkedCount + busy.length).toBe(300);
    // Each process checks at most concurrency + queue of a burst that arrives at once, and at least a queue's worth.
    expect(checkedCount).toBeGreaterThanOrEqual(t.config.PASSWORD_HASH_QUEUE);
    for (const r of busy) expect(r).toMatchObject({ status: 429, retryAfter: '5' });
    // A refusal because the service was busy is not a failure: the same person may try again at once.
    expect((await failuresCounted()) - countedBefore).toBe(checkedCount);
  }, 240_000);
});
