import WebSocket from 'ws';

import { type ApiProcess, startApiProcess } from '../support/api-process-runner';
import { eventually } from '../support/eventually';
import { ACCOUNTS } from '../support/test-app';

/**
 * SIGTERM, as an orchestrator sends it: the API finishes the request in flight, closes its
 * WebSockets with 1001 (going away), stops its database and exits 0.
 */
const SUBMIT = `mutation ($input: SubmitCompletedAssessmentInput!) { submitCompletedAssessment(input: $input) { id status } }`;
const DEMO_PASSWORD = 'touchstone-demo';

describe('graceful shutdown', () => {
  let api: ApiProcess;
  let cookie: string;
  let itemKeys: string[];
  const activeApiQueries = async () =>
    (
      await api.ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'touchstone_api' AND state = 'active'`,
      )
    )[0].n;

  beforeAll(async () => {
    api = await startApiProcess({ DEMO_PASSWORD });
    itemKeys = await api.itemKeys('dm-challenge-toolkit');
    cookie = await api.sessionCookie(ACCOUNTS.chesterfieldLead, DEMO_PASSWORD);
  }, 180_000);
  afterAll(() => api?.stop());

  it('should drain the request in flight, close WebSockets with 1001 and exit 0', async () => {
    const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers: { cookie } });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.once('message', (data) => (JSON.parse(String(data)).type === 'connection_ack' ? resolve() : reject(new Error(String(data)))));
      socket.once('error', reject);
    });

    const input = {
      councilGssCode: 'E07000034',
      frameworkKey: 'dm-challenge-toolkit',
      round: '2060-61',
      participants: Array.from({ length: 15 }, (_, p) => ({
        role: 'OFFICER',
        responses: itemKeys.map((itemKey, i) => ({ itemKey, levelKey: ['poor', 'fair', 'good', 'excellent'][(i + p) % 4] })),
      })),
    };
    const inFlight = fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: SUBMIT, variables: { input } }),
    });
    let answered = false;
    void inFlight.then(() => (answered = true));
    // SIGTERM once the submission is running in the database (or has already been answered).
    await eventually('the submission to reach the database', async () => (answered || (await activeApiQueries()) > 0 ? true : undefined), {
      intervalMs: 5,
    });
    api.child.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { data: { submitCompletedAssessment: { status: string } } }).data.submitCompletedAssessment.status,
    ).toBe('SUBMITTED');
    expect(await closed).toBe(1001);
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('stopped cleanly');
    // Nothing is listening any more.
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
  });
});
