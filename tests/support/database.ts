import { randomBytes } from 'node:crypto';

import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import { createDataSource } from '../../api/src/data-source';

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

/**
 * For a suite that works on a bare database: an empty database of its own with an initialised
 * (not migrated) data source, made before the suite's tests and dropped after them. Read
 * `dataSource` inside the tests, once beforeAll has run.
 */
export function useTestDataSource(poolSize: number): { readonly dataSource: DataSource } {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });
  return {
    get dataSource() {
      return dataSource;
    },
  };
}

/** The database's own tables (the migrations' bookkeeping table included unless left out), by name. */
export async function publicTables(dataSource: DataSource, { withMigrations = true } = {}): Promise<string[]> {
  const rows: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ${withMigrations ? '' : `AND tablename <> 'migrations'`} ORDER BY tablename`,
  );
  return rows.map((row) => row.tablename);
}
