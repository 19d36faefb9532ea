import { Pool } from 'pg';

import { isDatabaseUnavailable } from '../../api/src/common/database/database-unavailable';
import { GuardedClient } from '../../api/src/common/database/guarded-client';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';

/**
 * A checked-out client whose server connection is ended by the server (SQLSTATE 57P01, as when
 * PostgreSQL shuts down) emits 'error' while pg-pool is not listening. With GuardedClient that
 * error is handled: jest would fail this suite on an uncaught exception otherwise.
 */
describe('guarded database clients', () => {
  let database: TestDatabase;
  let pool: Pool;
  const terminate = async (pid: number) => {
    const admin = new Pool({ connectionString: database.url, max: 1 });
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.end();
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, Client: GuardedClient, max: 2 });
    pool.on('error', () => undefined);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('should survive a checked-out connection being terminated, and report it as the database being unavailable', async () => {
    const client = await pool.connect();
    // pg-pool stops listening for a client's errors while it is checked out; only the guard's listener is left.
    expect(client.listenerCount('error')).toBe(1);
    const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    await terminate(pid);
    await ended;
    const failure = await client.query('SELECT 1').catch((error: unknown) => error);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    client.release(failure as Error);
    // The pool discards the broken client and serves the next request with a new one.
    await eventually('a working connection', async () => ((await pool.query('SELECT 1 AS one')).rows[0].one === 1 ? true : undefined));
  });
});
