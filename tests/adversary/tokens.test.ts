import { createHash } from 'node:crypto';

import { connectAsApiRole } from '../support/api-role-client';
import { ACCOUNTS, errorCodes, type GraphQLClient, type GraphQLResponse, startTestApp, type TestApp } from '../support/test-app';

/**
 * Finding 9: API tokens had no scope or expiry, could create tokens and invite users, and a token
 * made by a revoked token kept working. Played here as someone holding one token would play it.
 */

const ME = '{ me { email } }';
const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

describe('API tokens (finding 9)', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let rounds = 1960;
  const nextRound = () => `${rounds}-${String((rounds++ + 1) % 100).padStart(2, '0')}`;

  beforeAll(async () => {
    t = await startTestApp();
    lead = await t.as('chesterfieldLead');
  });
  afterAll(() => t.close());

  async function createToken(scopes: string[], expiresInDays = 30): Promise<{ id: string; token: string; client: GraphQLClient }> {
    const created = await lead(
      `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id scopes expiresAt } } }`,
      { input: { name: `script ${scopes.join('+')}`, scopes, expiresInDays } },
    );
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    const { token, apiToken } = created.data!.createApiToken;
    return { id: apiToken.id, token, client: t.client({ authorization: `Bearer ${token}` }) };
  }
  const startDraft = (client: GraphQLClient) =>
    client(
      `mutation { createAssessment(input: { councilGssCode: "E07000034", frameworkKey: "improvement-breakthroughs", round: "${nextRound()}" }) { id } }`,
    );
  const firstError = (response: GraphQLResponse) => ({
    code: response.errors?.[0]?.extensions?.code,
    message: response.errors?.[0]?.message,
  });

  it('should give a token the scopes and expiry it was created with, and refuse a token without them', async () => {
    const created = await lead(
      `mutation { createApiToken(input: { name: "nightly", scopes: [SUBMIT, READ], expiresInDays: 7 }) { apiToken { scopes expiresAt } } }`,
    );
    const { scopes, expiresAt } = created.data!.createApiToken.apiToken;
    expect([...scopes].sort()).toEqual(['READ', 'SUBMIT']);
    const days = (new Date(expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    // Scopes and expiry are required; no scopes, no expiry or too long an expiry is refused.
    expect(errorCodes(await lead(`mutation { createApiToken(input: { name: "forever", scopes: [READ] }) { token } }`))[0].code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(errorCodes(await lead(`mutation { createApiToken(input: { name: "nothing", expiresInDays: 7 }) { token } }`))[0].code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    for (const input of ['scopes: [], expiresInDays: 7', 'scopes: [READ], expiresInDays: 91', 'scopes: [READ], expiresInDays: 0']) {
      expect(errorCodes(await lead(`mutation { createApiToken(input: { name: "bad", ${input} }) { token } }`))[0].code).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('should let a read token read and nothing else', async () => {
    const { client } = await createToken(['READ']);
    expect((await client(ME)).data!.me.email).toBe(ACCOUNTS.chesterfieldLead);
    expect((await client(`{ assessments(councilGssCode: "E07000034") { id } }`)).data!.assessments.length).toBeGreaterThanOrEqual(0);
    const refused = await startDraft(client);
    expect(firstError(refused)).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/submit scope/) });
    // Not even the lead's other changes: sharing, plans, circumstances.
    expect(errorCodes(await client('mutation { setPasSharing(share: false) }'))[0].code).toBe('FORBIDDEN');
  });

  it('should let a submit token get its assessment in, and nothing else', async () => {
    const { client } = await createToken(['SUBMIT']);
    const draft = await startDraft(client);
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.createAssessment.id).toEqual(expect.any(String));
    expect(firstError(await client(ME))).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/read scope/) });
    expect(errorCodes(await client('mutation { setPasSharing(share: false) }'))[0].code).toBe('FORBIDDEN');
    expect(
      errorCodes(await client('mutation { createImprovementPlan(input: { councilGssCode: "E07000034", title: "Token plan" }) { id } }'))[0]
        .code,
    ).toBe('FORBIDDEN');
  });

  it('should refuse a token creating a token or inviting anyone, whatever its scopes', async () => {
    const { client } = await createToken(['READ', 'SUBMIT']);
    const another = await client(
      `mutation { createApiToken(input: { name: "child", scopes: [READ, SUBMIT], expiresInDays: 90 }) { token } }`,
    );
    expect(errorCodes(another)[0].code).toBe('FORBIDDEN');
    const invited = await client(
      `mutation { inviteUser(input: { email: "accomplice@example.org", role: COUNCIL_LEAD, councilGssCode: "E07000034" }) { invitationToken } }`,
    );
    expect(errorCodes(invited)[0].code).toBe('FORBIDDEN');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'accomplice@example.org'`);
    expect(n).toBe(0);
  });

  it('should refuse an expired or revoked token with an error that says so', async () => {
    const expired = await createToken(['READ']);
    await t.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.id]);
    expect(firstError(await expired.client(ME))).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
    // Refused on public operations too, rather than carrying on as if anonymous.
    expect(firstError(await expired.client('{ frameworks { key } }'))).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/expired/),
    });

    const revoked = await createToken(['READ']);
    expect((await lead(`mutation { revokeApiToken(id: "${revoked.id}") { revokedAt } }`)).data!.revokeApiToken.revokedAt).toEqual(
      expect.any(String),
    );
    expect(firstError(await revoked.client(ME))).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/revoked/) });
  });

  it('should end what a token made when it is revoked: tokens made with it, and invitations not yet accepted', async () => {
    const maker = await createToken(['READ', 'SUBMIT']);
    // No token can make a token or an invitation now (above); these stand for ones made before that rule.
    const childSecret = 'tst_made-with-the-maker-token-0123456789abcdefghijklmnop';
    const [user] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.chesterfieldLead]);
    await t.dataSource.query(
      `INSERT INTO api_token (user_id, name, token_hash, scopes, expires_at, created_by_token_id)
       VALUES ($1, 'child', $2, '{read}', now() + interval '30 days', $3)`,
      [user.id, hash(childSecret), maker.id],
    );
    const grandchildSecret = 'tst_made-with-the-child-token-0123456789abcdefghijklmnopq';
    await t.dataSource.query(
      `INSERT INTO api_token (user_id, name, token_hash, scopes, expires_at, created_by_token_id)
       SELECT $1, 'grandchild', $2, '{read}', now() + interval '30 days', id FROM api_token WHERE token_hash = $3`,
      [user.id, hash(grandchildSecret), hash(childSecret)],
    );
    const invitationSecret = 'tsi_made-with-the-maker-token-0123456789abcdefghijklmnop';
    const [council] = await t.dataSource.query(`SELECT id FROM council WHERE gss_code = 'E07000034'`);
    await t.dataSource.query(
      `INSERT INTO app_user (email, role, council_id, invitation_token_hash, invitation_expires_at, invited_by_id, invited_by_token_id)
       VALUES ('made-by-token@example.org', 'council_lead', $1, $2, now() + interval '7 days', $3, $4)`,
      [council.id, hash(invitationSecret), user.id, maker.id],
    );
    const child = t.client({ authorization: `Bearer ${childSecret}` });
    const grandchild = t.client({ authorization: `Bearer ${grandchildSecret}` });
    expect((await child(ME)).data!.me.email).toBe(ACCOUNTS.chesterfieldLead);
    expect((await grandchild(ME)).data!.me.email).toBe(ACCOUNTS.chesterfieldLead);

    await lead(`mutation { revokeApiToken(id: "${maker.id}") { id } }`);
    expect(firstError(await maker.client(ME)).code).toBe('UNAUTHENTICATED');
    expect(firstError(await child(ME))).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/revoked/) });
    expect(firstError(await grandchild(ME))).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/revoked/) });
    const accepted = await t.gql(`mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }`, {
      input: { invitationToken: invitationSecret, password: 'a long enough passphrase' },
    });
    expect(errorCodes(accepted)[0].reason).toBe('INVITATION_INVALID');
  });

  it('should let a read token download, and no token upload a plan import', async () => {
    const reader = await createToken(['READ']);
    const submitter = await createToken(['SUBMIT']);
    const get = (token: string) => fetch(`${t.app.url}/exports/plan-template.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(reader.token)).status).toBe(200);
    const refused = await get(submitter.token);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(await refused.json())).toMatch(/read scope/);
    const upload = await fetch(`${t.app.url}/plans/import?planId=00000000-0000-4000-8000-000000000000`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(await createToken(['READ', 'SUBMIT'])).token}`, 'content-type': 'application/octet-stream' },
      body: 'not a spreadsheet',
    });
    expect(upload.status).toBe(401);
  });

  it("should hold a token's scopes below the API too: a read token's secret writes nothing, a revoked one reads nothing", async () => {
    const api = await connectAsApiRole(t);
    const framework = (await t.dataSource.query(`SELECT id FROM framework WHERE key = 'improvement-breakthroughs'`))[0].id;
    const [council] = await t.dataSource.query(`SELECT id FROM council WHERE gss_code = 'E07000034'`);
    const attempt = async (secret: string, sql: string, params: unknown[] = []) => {
      await api.query('BEGIN');
      try {
        await api.query(`SELECT set_config('touchstone.secret', $1, true)`, [secret]);
        return (await api.query(sql, params)).rows;
      } finally {
        await api.query('ROLLBACK');
      }
    };
    const insert = `INSERT INTO assessment (council_id, framework_id, round) VALUES ($1, $2, '2042-43') RETURNING id`;
    try {
      const reader = await createToken(['READ']);
      const submitter = await createToken(['SUBMIT']);
      await expect(attempt(reader.token, insert, [council.id, framework])).rejects.toThrow(/row-level security/);
      await expect(attempt(submitter.token, insert, [council.id, framework])).resolves.toHaveLength(1);
      await startDraft(submitter.client);
      const readable = `SELECT count(*)::int AS n FROM assessment`;
      expect((await attempt(reader.token, readable))[0].n).toBeGreaterThan(0);
      await lead(`mutation { revokeApiToken(id: "${reader.id}") { id } }`);
      expect((await attempt(reader.token, readable))[0].n).toBe(0);
    } finally {
      await api.end();
    }
  });
});
