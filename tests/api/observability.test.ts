import express from 'express';

import { createMetricsRouter } from '../../api/src/observability/metrics.http';
import { type ApiProcess, startApiProcess } from '../support/api-process-runner';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123';

describe('metrics', () => {
  let t: TestApp;
  const scrape = (headers: Record<string, string> = {}) => fetch(`${t.app.url}/metrics`, { headers });

  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN } });
  });
  afterAll(() => t.close());

  it('should serve /metrics only to the bearer of METRICS_TOKEN', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${METRICS_TOKEN}x` })).status).toBe(401);
    expect((await scrape({ authorization: `Basic ${METRICS_TOKEN}` })).status).toBe(401);
    const response = await scrape({ authorization: `Bearer ${METRICS_TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('should be off when no token is configured', async () => {
    const app = express().use(createMetricsRouter(t.apiDataSource, undefined));
    const server = app.listen(0);
    const { port } = server.address() as { port: number };
    try {
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('should count operations, their latency, pool use, sign-in refusals and withheld figures', async () => {
    const lead = await t.as('chesterfieldLead');
    await lead(
      'query CouncilPositionForMetrics { councilPosition(frameworkKey: "dm-challenge-toolkit", round: "2024-25", councilGssCode: "E07000034") { __typename } }',
    );
    await t.gql('query NeedsSignIn { councils { gssCode } }');
    await t.signIn('lead.chesterfield@demo.touchstone.test', 'not-the-password');
    const text = await (await scrape({ authorization: `Bearer ${METRICS_TOKEN}` })).text();
    expect(text).toMatch(/^touchstone_graphql_requests_total\{operation="CouncilPositionForMetrics",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^touchstone_graphql_requests_total\{operation="NeedsSignIn",outcome="UNAUTHENTICATED"\} 1$/m);
    expect(text).toMatch(/^touchstone_graphql_request_duration_seconds_count\{operation="CouncilPositionForMetrics"\} 1$/m);
    expect(text).toMatch(/^touchstone_database_pool_connections\{pool="primary",state="total"\} [1-9]\d*$/m);
    expect(Number(/^touchstone_sign_in_refusals_total\{reason="wrong_password"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
    // No other council has submitted, so every anonymised figure of that position was withheld.
    expect(Number(/^touchstone_withheld_figures_total (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/^touchstone_process_resident_memory_bytes \d+/m);
  });
});

describe('logs', () => {
  let api: ApiProcess;
  const PASSWORD = 'Logged-Never-Password-81';
  const TOKEN = 'INVITE-TOKEN-NEVER-LOGGED-4410';

  beforeAll(async () => {
    api = await startApiProcess({ LOG_LEVEL: 'info', DEMO_PASSWORD: PASSWORD });
  }, 180_000);
  afterAll(() => api?.stop());

  it('should be JSON lines with a request id per request, echoed as X-Request-Id, and no secrets', async () => {
    const post = (body: object, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { email } }';
    const signedIn = await post({
      query: SIGN_IN,
      variables: { input: { email: 'lead.chesterfield@demo.touchstone.test', password: PASSWORD } },
    });
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0];
    const session = cookie.split('=')[1];
    await post({
      query: SIGN_IN,
      variables: { input: { email: 'lead.chesterfield@demo.touchstone.test', password: `${PASSWORD}-wrong` } },
    });
    await post({ query: SIGN_IN, variables: { input: { email: 'a@example.org', password: PASSWORD, extra: true } } });
    await post({
      query: 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }',
      variables: { input: { invitationToken: TOKEN, password: PASSWORD } },
    });
    const mine = await post({ query: '{ me { email } }' }, { cookie, 'x-request-id': 'trace-0123456789' });
    expect(mine.headers.get('x-request-id')).toBe('trace-0123456789');
    const generated = await post({ query: '{ __typename }' });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    // The requests are there by id (the process writes its log lines as they happen, so wait for them).
    const records = () =>
      api
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { requestId?: string; path?: string; status?: number });
    const traced = await eventually('the traced request in the logs', async () =>
      records().find((r) => r.requestId === 'trace-0123456789'),
    );
    expect(traced).toMatchObject({ path: '/graphql', status: 200 });
    await eventually('the generated id in the logs', async () =>
      records().find((r) => r.requestId === generated.headers.get('x-request-id')),
    );
    const everything = api.output();
    for (const secret of [PASSWORD, TOKEN, session]) expect(everything).not.toContain(secret);
  });
});
