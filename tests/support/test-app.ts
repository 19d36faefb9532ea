import type { DataSource } from 'typeorm';

import { type App, startApp } from '../../api/src/app';
import { prepareDatabase } from '../../api/src/bootstrap';
import { loadConfig } from '../../api/src/config';
import { createDataSource } from '../../api/src/data-source';
import type { DemoLoadOptions } from '../../api/src/modules/demo/demo-data.loader';

import { createTestDatabase, type TestDatabase } from './database';

export type GraphQLResponse<TData = Record<string, any>> = {
  data?: TData | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; [key: string]: unknown } }[];
};

export type TestApp = {
  app: App;
  dataSource: DataSource;
  database: TestDatabase;
  /** Sends one GraphQL operation over HTTP, as a client would. */
  gql<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
};

export type TestAppOptions = {
  /** Load synthetic demo data; off by default, so each suite sets up what it needs. */
  demo?: Partial<DemoLoadOptions> | false;
  env?: Record<string, string>;
};

/** A real API over HTTP on a free port, with its own freshly migrated database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, DEMO_DATA: options.demo ? 'true' : 'false', ...options.env });
  const dataSource = createDataSource(database.url, { poolSize: 5 });
  await dataSource.initialize();
  await prepareDatabase(dataSource, config, () => undefined, options.demo || {});
  const app = await startApp(dataSource, config, 0);
  return {
    app,
    dataSource,
    database,
    gql: async (query, variables) => {
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return response.json();
    },
    close: async () => {
      await app.close();
      await new Promise((resolve) => app.server.close(resolve));
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** The error codes of a response, for assertions: [{ code, reason }]. */
export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason }));
