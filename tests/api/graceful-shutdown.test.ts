import { Client } from 'pg';
import WebSocket from 'ws';

import { SESSION_COOKIE } from '../../api/src/app';
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
  const activeApiQueries = async () => {
    const client = new Client({ connectionString: api.ownerUrl });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'touchstone_api' AND state = 'active'`,
      );
      return rows[0].n as number;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    api = await startApiProcess({ DEMO_PASSWORD });
    const client = new Client({ connectionString: api.ownerUrl });
    await client.connect();
    itemKeys = (
      await client.query(
        `SELECT i.key FROM framework_item i JOIN framework f ON f.id = i.framework_id WHERE f.key = 'dm-challenge-toolkit' ORDER BY i.position`,
      )
    ).rows.map((r: { key: string }) => r.key);
    await client.end();
    const signIn = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { email } }',
        variables: { input: { email: ACCOUNTS.chesterfieldLead, password: DEMO_PASSWORD } },
      }),
    });
    cookie = `${SESSION_COOKIE}=${new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(signIn.headers.get('set-cookie') ?? '')![1]}`;
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
