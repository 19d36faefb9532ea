import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** The run's PostgreSQL, started by tests/setup/global-setup.mjs. */
function serverUrl(): string {
  const url = process.env.TOUCHSTONE_TEST_PG_URL;
  if (!url) throw new Error('TOUCHSTONE_TEST_PG_URL is not set: run the tests through jest, whose global setup starts PostgreSQL');
  return url;
}

async function withAdmin<TResult>(run: (client: Client) => Promise<TResult>): Promise<TResult> {
  const client = new Client({ connectionString: `${serverUrl()}/postgres` });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

/** Creates an empty database of its own for one suite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `touchstone_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: `${serverUrl()}/${name}`,
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
