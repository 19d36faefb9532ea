import { SESSION_COOKIE } from '../../api/src/app';
import { createTestOutbox, type TestOutbox } from '../support/outbox';
import { ACCOUNTS, errorCodes, startTestApp, type TestApp } from '../support/test-app';

const REQUEST = 'mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }';
const RESET = 'mutation ($token: String!, $password: String!) { resetPassword(input: { resetToken: $token, password: $password }) }';
const ME = '{ me { email } }';

/** Forgotten passwords through the development outbox, and the common-password rule on every new password. */
describe('password reset by email', () => {
  let t: TestApp;
  let outbox: TestOutbox;
  beforeAll(async () => {
    outbox = createTestOutbox();
    t = await startTestApp({ env: { MAIL_OUTBOX_DIR: outbox.dir, PUBLIC_ORIGIN: 'https://touchstone.example.org' } });
  });
  afterAll(async () => {
    await t.close();
    outbox.remove();
  });

  const emailed = () => t.app.services.auth.passwordResets.pending;
  const tokenOf = (link: string) => decodeURIComponent(link.split('#token=')[1]);

  it('should answer the same for an address with an account and one without, and email only the account', async () => {
    const known = await t.gql(REQUEST, { email: ACCOUNTS.hartlepoolLead });
    await emailed();
    const unknown = await t.gql(REQUEST, { email: 'nobody-at-all@example.org' });
    await emailed();
    expect(known).toEqual({ data: { requestPasswordReset: true } });
    expect(unknown).toEqual(known);
    const link = await outbox.waitForLink(ACCOUNTS.hartlepoolLead, '/reset-password');
    expect(link).toMatch(/^https:\/\/touchstone\.example\.org\/reset-password#token=tsr_/);
    expect(outbox.messages().some((m) => m.includes('nobody-at-all@example.org'))).toBe(false);
    // Only a hash of the token is stored.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM password_reset WHERE token_hash = $1`, [tokenOf(link)]);
    expect(n).toBe(0);
  });

  it('should set the new password once, end every session of the account, and refuse the link a second time', async () => {
    const account = ACCOUNTS.uttlesfordLead;
    const { sessionToken } = await t.signIn(account);
    const oldSession = t.client({ cookie: `${SESSION_COOKIE}=${sessionToken}` });
    expect((await oldSession(ME)).data!.me.email).toBe(account);

    await t.gql(REQUEST, { email: account.toUpperCase() });
    await emailed();
    const token = tokenOf(await outbox.waitForLink(account, '/reset-password'));

    const common = await t.gql(RESET, { token, password: 'Password123456!' });
    expect(errorCodes(common)[0]).toEqual({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_COMMON' });
    expect(common.errors![0].message).toMatch(/too common/);
    // A refused password leaves the link usable.
    expect((await t.gql(RESET, { token, password: 'kettle orchard lantern' })).data).toEqual({ resetPassword: true });

    expect(errorCodes(await oldSession(ME))[0].code).toBe('UNAUTHENTICATED');
    expect((await t.signIn(account, t.config.DEMO_PASSWORD)).sessionToken).toBeNull();
    expect((await t.signIn(account, 'kettle orchard lantern')).sessionToken).not.toBeNull();

    const again = await t.gql(RESET, { token, password: 'another fine passphrase' });
    expect(errorCodes(again)[0]).toEqual({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_RESET_INVALID' });
  });

  it('should make only the newest link work, and no link after it expires', async () => {
    const account = ACCOUNTS.bolsoverMember;
    await t.gql(REQUEST, { email: account });
    await emailed();
    const first = tokenOf(await outbox.waitForLink(account, '/reset-password', 1));
    await t.gql(REQUEST, { email: account });
    await emailed();
    const second = tokenOf(await outbox.waitForLink(account, '/reset-password', 2));
    expect(second).not.toBe(first);
    expect(errorCodes(await t.gql(RESET, { token: first, password: 'a replaced link here' }))[0].reason).toBe('PASSWORD_RESET_INVALID');

    await t.dataSource.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    expect(errorCodes(await t.gql(RESET, { token: second, password: 'an expired link here' }))[0].reason).toBe('PASSWORD_RESET_INVALID');
    expect((await t.signIn(account)).sessionToken).not.toBeNull();
  });

  it('should forget links a day past their expiry, and no live one, as the API role', async () => {
    const [{ id: userId }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.chesterfieldLead]);
    const link = (hash: string, expiresAt: string) =>
      t.dataSource.query(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + $3::interval)`, [
        userId,
        hash,
        expiresAt,
      ]);
    await link('a'.repeat(64), '-2 days');
    await link('b'.repeat(64), '-1 hour');
    await link('c'.repeat(64), '1 hour');
    expect(await t.app.services.auth.passwordResets.forgetOld()).toBe(1);
    const kept = await t.dataSource.query(`SELECT token_hash FROM password_reset WHERE token_hash = ANY($1) ORDER BY token_hash`, [
      ['a', 'b', 'c'].map((c) => c.repeat(64)),
    ]);
    expect(kept.map((row: { token_hash: string }) => row.token_hash[0])).toEqual(['b', 'c']);
  });

  it('should limit how often one address may ask, with HTTP 429, alike for accounts that exist and those that do not', async () => {
    const ask = (email: string) =>
      fetch(`${t.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REQUEST, variables: { email } }),
      });
    for (const email of [ACCOUNTS.analyst, 'no-such-analyst@example.org']) {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await ask(email)).status);
      await emailed();
      expect(statuses).toEqual([200, 200, 200, 429]);
    }
  });

  it('should refuse a common password when an invitation is accepted, and explain why', async () => {
    const admin = await t.as('admin');
    const invited = await admin(
      `mutation { inviteUser(input: { email: "new.analyst@example.org", role: PAS_ANALYST }) { invitationToken invitationLink } }`,
    );
    const { invitationToken: token, invitationLink } = invited.data!.inviteUser;
    expect(invitationLink).toBe(`https://touchstone.example.org/accept-invitation#token=${encodeURIComponent(token)}`);
    const accept = `mutation ($token: String!, $password: String!) { acceptInvitation(input: { invitationToken: $token, password: $password }) { email } }`;
    const refused = await t.gql(accept, { token, password: 'qwerty123456' });
    expect(errorCodes(refused)[0]).toEqual({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_COMMON' });
    expect(refused.errors![0].message).toMatch(/lists of passwords that attackers try first/);
    expect((await t.gql(accept, { token, password: 'violet harbour teapot' })).data!.acceptInvitation.email).toBe(
      'new.analyst@example.org',
    );
  });
});
