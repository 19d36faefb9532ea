import { SESSION_COOKIE } from '../../api/src/app';
import { ACCOUNTS, errorCodes, startTestApp, type TestApp } from '../support/test-app';

const ME = '{ me { email role councilId } }';
const RECORD = `mutation ($input: RecordParticipantResponsesInput!) { recordParticipantResponses(input: $input) { id participantCount } }`;

describe('accounts and sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SIGN_IN_MAX_FAILURES: '5' } });
  });
  afterAll(() => t.close());

  const withSession = (token: string) => t.client({ cookie: `${SESSION_COOKIE}=${token}` });

  it('should sign in with a password and set an HttpOnly, Secure, SameSite=Strict session cookie', async () => {
    const { response, sessionToken, setCookie } = await t.signIn(ACCOUNTS.chesterfieldLead);
    expect(response.data!.signIn).toEqual({ email: ACCOUNTS.chesterfieldLead, role: 'COUNCIL_LEAD' });
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect((await withSession(sessionToken!)(ME)).data!.me.email).toBe(ACCOUNTS.chesterfieldLead);
    // Only a hash of the token is stored.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE token_hash = $1`, [sessionToken]);
    expect(n).toBe(0);
  });

  it('should ask for sign-in on every query without a session', async () => {
    for (const query of [ME, '{ frameworks { key } }', '{ councils { gssCode } }']) {
      expect(errorCodes(await t.gql(query))[0].code).toBe('UNAUTHENTICATED');
    }
  });

  it('should say the same thing for an unknown email and a wrong password', async () => {
    const unknown = await t.signIn('nobody@example.org', 'whatever-password');
    const wrong = await t.signIn(ACCOUNTS.hartlepoolLead, 'not-the-password');
    expect(errorCodes(unknown.response)[0]).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(unknown.response.errors![0].message).toBe(wrong.response.errors![0].message);
    expect(unknown.sessionToken).toBeNull();
  });

  it('should refuse further attempts after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) await t.signIn(ACCOUNTS.uttlesfordLead, `wrong-${i}`);
    const blocked = await t.signIn(ACCOUNTS.uttlesfordLead);
    expect(errorCodes(blocked.response)[0]).toEqual({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.sessionToken).toBeNull();
    // Rate-limiting an address that does not exist looks the same.
    for (let i = 0; i < 5; i++) await t.signIn('ghost@example.org', `wrong-${i}`);
    expect(errorCodes((await t.signIn('ghost@example.org', 'again')).response)[0].reason).toBe('TOO_MANY_ATTEMPTS');
  });

  it('should end a session on sign-out, and refuse expired and tampered sessions', async () => {
    const { sessionToken } = await t.signIn(ACCOUNTS.bolsoverMember);
    const session = withSession(sessionToken!);
    expect((await session('mutation { signOut }')).data!.signOut).toBe(true);
    expect(errorCodes(await session(ME))[0].code).toBe('UNAUTHENTICATED');

    const second = await t.signIn(ACCOUNTS.bolsoverMember);
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 minute'`);
    expect(errorCodes(await withSession(second.sessionToken!)(ME))[0].code).toBe('UNAUTHENTICATED');

    const third = await t.signIn(ACCOUNTS.bolsoverMember);
    const tampered = third.sessionToken!.slice(0, -2) + (third.sessionToken!.endsWith('AA') ? 'BB' : 'AA');
    expect(errorCodes(await withSession(tampered)(ME))[0].code).toBe('UNAUTHENTICATED');
    expect(errorCodes(await withSession('')(ME))[0].code).toBe('UNAUTHENTICATED');
  });

  it('should accept API tokens for scripts, stop them when revoked, and store only their hash', async () => {
    const lead = await t.as('chesterfieldLead');
    const created = await lead(
      `mutation { createApiToken(input: { name: "Survey import", scopes: [READ, SUBMIT], expiresInDays: 30 }) { token apiToken { id name } } }`,
    );
    const { token, apiToken } = created.data!.createApiToken;
    const script = t.client({ authorization: `Bearer ${token}` });
    expect((await script(ME)).data!.me.email).toBe(ACCOUNTS.chesterfieldLead);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM api_token WHERE token_hash = $1`, [token]);
    expect(n).toBe(0);

    // Someone else cannot revoke it.
    expect(errorCodes(await (await t.as('hartlepoolLead'))(`mutation { revokeApiToken(id: "${apiToken.id}") { id } }`))[0].code).toBe(
      'NOT_FOUND',
    );
    expect((await lead(`mutation { revokeApiToken(id: "${apiToken.id}") { revokedAt } }`)).data!.revokeApiToken.revokedAt).toEqual(
      expect.any(String),
    );
    expect(errorCodes(await script(ME))[0].code).toBe('UNAUTHENTICATED');
    expect(errorCodes(await t.client({ authorization: 'Bearer tst_made-up' })(ME))[0].code).toBe('UNAUTHENTICATED');
  });

  it('should let a lead invite a colleague, who sets a password once and can then contribute', async () => {
    const lead = await t.as('chesterfieldLead');
    const invited = await lead(
      `mutation { inviteUser(input: { email: "Planner@Chesterfield.example", role: COUNCIL_MEMBER, councilGssCode: "E07000034" }) { invitationToken user { email role isActive } } }`,
    );
    const { invitationToken, user } = invited.data!.inviteUser;
    expect(user).toEqual({ email: 'planner@chesterfield.example', role: 'COUNCIL_MEMBER', isActive: false });

    const accept = `mutation ($token: String!, $password: String!) { acceptInvitation(input: { invitationToken: $token, password: $password }) { email isActive } }`;
    expect(errorCodes(await t.gql(accept, { token: invitationToken, password: 'short' }))[0].code).toBe('BAD_USER_INPUT');
    expect((await t.gql(accept, { token: invitationToken, password: 'a long enough passphrase' })).data!.acceptInvitation.isActive).toBe(
      true,
    );
    expect(errorCodes(await t.gql(accept, { token: invitationToken, password: 'another long passphrase' }))[0].reason).toBe(
      'INVITATION_INVALID',
    );

    const { sessionToken } = await t.signIn('planner@chesterfield.example', 'a long enough passphrase');
    const member = withSession(sessionToken!);
    const draft = await lead(
      `mutation { createAssessment(input: { councilGssCode: "E07000034", frameworkKey: "dm-challenge-toolkit", round: "2040-41" }) { id } }`,
    );
    const recorded = await member(RECORD, {
      input: { assessmentId: draft.data!.createAssessment.id, role: 'OFFICER', responses: [{ itemKey: 'pm-1', levelKey: 'good' }] },
    });
    expect(recorded.data!.recordParticipantResponses.participantCount).toBe(1);
    // A member cannot submit: that is the lead's decision.
    expect(
      errorCodes(await member(`mutation { submitAssessment(assessmentId: "${draft.data!.createAssessment.id}") { id } }`))[0].code,
    ).toBe('FORBIDDEN');
  });

  it('should refuse an expired invitation and keep a lead to their own council', async () => {
    const lead = await t.as('chesterfieldLead');
    const other = await lead(
      `mutation { inviteUser(input: { email: "x@hartlepool.example", role: COUNCIL_MEMBER, councilGssCode: "E06000001" }) { invitationToken } }`,
    );
    expect(errorCodes(other)[0].code).toBe('FORBIDDEN');
    const analyst = await lead(`mutation { inviteUser(input: { email: "y@pas.example", role: PAS_ANALYST }) { invitationToken } }`);
    expect(errorCodes(analyst)[0].code).toBe('FORBIDDEN');

    const admin = await t.as('admin');
    const invited = await admin(`mutation { inviteUser(input: { email: "late@pas.example", role: PAS_ANALYST }) { invitationToken } }`);
    await t.dataSource.query(`UPDATE app_user SET invitation_expires_at = now() - interval '1 day' WHERE email = 'late@pas.example'`);
    const accepted = await t.gql(
      `mutation ($token: String!) { acceptInvitation(input: { invitationToken: $token, password: "a long enough passphrase" }) { email } }`,
      { token: invited.data!.inviteUser.invitationToken },
    );
    expect(errorCodes(accepted)[0].reason).toBe('INVITATION_INVALID');
  });
});
