import { Client } from 'pg';

import { cpuMeter, cpuPerTask, findDatabaseServerProcess } from '../../bench/cpu-usage';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** The bench's CPU figures, read from /proc for the test run's real PostgreSQL. */
describe('CPU per request (bench)', () => {
  let database: TestDatabase;
  let client: Client;
  const query = async (sql: string) => (await client.query(sql)).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('finds the local server and counts the CPU its backends spend', async () => {
    const server = await findDatabaseServerProcess({ query });
    expect(server).toEqual(expect.any(Number));
    const meter = cpuMeter(server);

    const before = meter();
    // About a quarter of a second of work in the backend, none in Node.
    await query('SELECT sum(i) FROM generate_series(1, 5000000) AS i');
    const perTask = cpuPerTask(before, meter(), 1);

    expect(perTask.databaseMs).toBeGreaterThan(50);
    expect(perTask.nodeMs).toBeLessThan(perTask.databaseMs!);
  });

  it('divides by the tasks, leaves out processes that ended and counts new ones from zero', () => {
    const before = {
      nodeMs: 100,
      databaseTicks: new Map([
        [1, 50],
        [2, 70],
      ]),
    };
    const after = {
      nodeMs: 140,
      databaseTicks: new Map([
        [1, 60],
        [3, 10],
      ]),
    };
    // Process 1: 10 ticks; process 2 ended (left out); process 3 started: 10 ticks. 20 ticks = 200 ms over 4 tasks.
    expect(cpuPerTask(before, after, 4)).toEqual({ nodeMs: 10, databaseMs: 50 });
  });

  it('reports no database figure where the server is not a local process', async () => {
    const remote = { query: async () => [{ pid: 2 ** 22 + 1 }] };
    expect(await findDatabaseServerProcess(remote)).toBeNull();
    expect(cpuMeter(null)().databaseTicks).toBeNull();
  });
});
