import { randomUUID } from 'node:crypto';

import { type ApiProcess, startApiProcess } from '../support/api-process-runner';
import { eventually } from '../support/eventually';
import { ACCOUNTS } from '../support/test-app';

/**
 * The database dies under load. The API runs in a process of its own, started as `npm start`
 * starts it, on its own supervised embedded PostgreSQL (not the run's shared one); the test kills
 * that server's postmaster with SIGKILL, by the pid the process reports for the server it started,
 * while submissions and reads are in flight. The restart is held until the test has seen the
 * outage from outside, so nothing depends on timing.
 */

const SUBMIT = `mutation ($input: SubmitCompletedAssessmentInput!) { submitCompletedAssessment(input: $input) { id status } }`;
const READ = `query { assessments(councilGssCode: "E07000034", includeSuperseded: true) { id status } }`;
const PARTICIPANTS = 6;
const ROLES = ['OFFICER', 'MANAGER', 'COUNCILLOR', 'PARTNER'];
const DEMO_PASSWORD = 'touchstone-demo';

type Outcome = { status: number; codes: string[] } | { thrown: string };

describe('database faults', () => {
  let api: ApiProcess;
  let url: string;
  let cookie: string;
  let itemKeys: string[];

  const post = async (query: string, variables?: Record<string, unknown>): Promise<Outcome> => {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      return { status: response.status, codes: (body.errors ?? []).map((e) => String(e.extensions?.code)) };
    } catch (error) {
      return { thrown: String(error) };
    }
  };
  const readiness = async () => (await fetch(`${url}/readyz`)).status;
  const ownerQuery = <TRow>(sql: string) => api.ownerQuery<TRow>(sql);
  const submission = (index: number) => ({
    councilGssCode: 'E07000034',
    frameworkKey: 'dm-challenge-toolkit',
    round: `${1900 + index}-${String((1 + index) % 100).padStart(2, '0')}`,
    idempotencyKey: `fault-${index}-${randomUUID()}`,
    participants: Array.from({ length: PARTICIPANTS }, (_, p) => ({
      role: ROLES[p % ROLES.length],
      responses: itemKeys.map((itemKey, i) => ({ itemKey, levelKey: ['poor', 'fair', 'good', 'excellent'][(i + p + index) % 4] })),
    })),
  });

  beforeAll(async () => {
    api = await startApiProcess({ DEMO_PASSWORD });
    url = api.url;
    itemKeys = await api.itemKeys('dm-challenge-toolkit');
    cookie = await api.sessionCookie(ACCOUNTS.chesterfieldLead, DEMO_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('should stay up, answer 503 SERVICE_UNAVAILABLE, recover by itself and store nothing partial', async () => {
    expect(await readiness()).toBe(200);
    const submissions = new Map<number, { input: ReturnType<typeof submission>; stored: boolean }>();
    let next = 0;
    let running = true;
    // Two writers and two readers, each sending one request after another, until the outage is over.
    const outcomes = new Map<string, number>();
    const count = (outcome: Outcome) => outcomes.set(JSON.stringify(outcome), (outcomes.get(JSON.stringify(outcome)) ?? 0) + 1);
    const unavailable = (outcome: Outcome) => 'status' in outcome && outcome.status === 503;
    // Two writers and two readers, one request after another, until the outage is over. A writer
    // retries a refused submission with the same key, as a client should; a reader just reads again.
    const writer = async () => {
      while (running) {
        const index = next++;
        const input = submission(index);
        submissions.set(index, { input, stored: false });
        let outcome: Outcome;
        do {
          outcome = await post(SUBMIT, { input });
          count(outcome);
        } while (running && unavailable(outcome));
        if ('status' in outcome && outcome.status === 200 && outcome.codes.length === 0) submissions.get(index)!.stored = true;
      }
    };
    const reader = async () => {
      while (running) count(await post(READ));
    };
    const load = Promise.all([writer(), writer(), reader(), reader()]);

    // Kill only once the API has queries running on the server, so some requests are mid-flight.
    await eventually(
      'API queries in flight',
      async () => {
        const [{ active }] = await ownerQuery<{ active: number }>(
          `SELECT count(*)::int AS active FROM pg_stat_activity WHERE usename = 'touchstone_api' AND state = 'active'`,
        );
        return active > 0 || undefined;
      },
      { intervalMs: 5 },
    );
    const [{ started }] = await ownerQuery<{ started: Date }>('SELECT pg_postmaster_start_time() AS started');
    process.kill(api.postmasterPid, 'SIGKILL');

    // While the server is down (its restart is held): alive, not ready, and clients told to retry.
    expect(await eventually('/readyz to fail', async () => ((await readiness()) === 503 ? true : undefined))).toBe(true);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const during = await post(READ);
    expect(during).toMatchObject({ status: 503, codes: ['SERVICE_UNAVAILABLE'] });
    const duringWrite = await post(SUBMIT, { input: submission(150) });
    expect(duringWrite).toMatchObject({ status: 503, codes: ['SERVICE_UNAVAILABLE'] });
    const rest = await fetch(`${url}/exports/plan.csv?planId=${randomUUID()}`, { headers: { cookie } });
    expect(rest.status).toBe(503);

    api.releaseRestart();
    await eventually('/readyz to recover', async () => ((await readiness()) === 200 ? true : undefined));
    const [{ restarted }] = await ownerQuery<{ restarted: Date }>('SELECT pg_postmaster_start_time() AS restarted');
    expect(restarted.getTime()).toBeGreaterThan(started.getTime());
    running = false;
    await load;
    // Reads work again through the same pool, and session events listen again.
    expect(await post(READ)).toMatchObject({ status: 200, codes: [] });
    await eventually('the session events connection to listen again', async () => {
      const rows = await ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'touchstone-api-listen' AND query LIKE 'LISTEN%'`,
      );
      return rows[0].n > 0 || undefined;
    });

    // No reset and no INTERNAL: every failure was a retryable 503 SERVICE_UNAVAILABLE.
    const seen = [...outcomes.keys()].map((key) => JSON.parse(key) as Outcome);
    expect(seen.filter((o) => 'thrown' in o)).toEqual([]);
    const failures = seen.filter((o) => 'status' in o && (o.status !== 200 || o.codes.length > 0));
    expect(failures).toEqual([{ status: 503, codes: ['SERVICE_UNAVAILABLE'] }]);
    // The API process itself never stopped.
    expect(api.child.exitCode).toBeNull();
    expect(api.output()).not.toMatch(/Unhandled 'error' event|uncaught/i);

    // Retrying every submission that was not confirmed, with its key, stores each exactly once.
    for (const entry of submissions.values())
      if (!entry.stored) {
        const retry = await post(SUBMIT, { input: entry.input });
        expect(retry).toMatchObject({ status: 200, codes: [] });
      }
    const [counts] = await ownerQuery<{ keys: number; assessments: number; drafts: number; partial: number }>(
      `SELECT (SELECT count(*) FROM submission_idempotency WHERE key LIKE 'fault-%')::int AS keys,
              (SELECT count(*) FROM assessment WHERE round < '2000')::int AS assessments,
              (SELECT count(*) FROM assessment WHERE round < '2000' AND status <> 'submitted')::int AS drafts,
              (SELECT count(*) FROM assessment a WHERE a.round < '2000'
                 AND (SELECT count(*) FROM participant_response r JOIN participant p ON p.id = r.participant_id WHERE p.assessment_id = a.id) <> ${PARTICIPANTS * itemKeys.length})::int AS partial`,
    );
    expect(counts).toEqual({ keys: submissions.size, assessments: submissions.size, drafts: 0, partial: 0 });
  }, 300_000);
});
