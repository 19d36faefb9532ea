import 'reflect-metadata';

import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import { startApp } from './app';
import { prepareDatabase } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { createDataSource } from './data-source';
import { prepareApiConnection } from './database/api-role';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';

const DATABASE_NAME = 'touchstone';

const log = (message: string) => console.log(`[touchstone] ${message}`);

async function ensureDatabase(embedded: EmbeddedPostgres): Promise<string> {
  const admin = new Client({ connectionString: embedded.urlFor('postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
  return embedded.urlFor(DATABASE_NAME);
}

/** `npm start`: database (embedded unless DATABASE_URL is set), migrations, content, data, then the API and dashboard on one port. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  log(`starting: ${config.describe()}`);

  let embedded: EmbeddedPostgres | null = null;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT });
    log(`embedded PostgreSQL running on 127.0.0.1:${config.EMBEDDED_PG_PORT} (data in ${config.EMBEDDED_PG_DIR})`);
  }
  const ownerUrl = config.DATABASE_URL ?? (await ensureDatabase(embedded!));
  // The owner migrates and loads data; the API then serves as its own restricted role.
  const owner = createDataSource(ownerUrl, { poolSize: 4, applicationName: 'touchstone-bootstrap' });
  let dataSource: DataSource | null = null;
  let app: Awaited<ReturnType<typeof startApp>> | null = null;

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} received: stopping`);
    await app?.close().catch(() => undefined);
    for (const source of [dataSource, owner]) if (source?.isInitialized) await source.destroy().catch(() => undefined);
    await embedded?.stop();
    log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await owner.initialize();
    await prepareDatabase(owner, config, log);
    const apiUrl = await prepareApiConnection(owner, ownerUrl, config);
    await owner.destroy();
    dataSource = createDataSource(apiUrl);
    await dataSource.initialize();
    app = await startApp(dataSource, config);
  } catch (error) {
    for (const source of [dataSource, owner]) if (source?.isInitialized) await source.destroy().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  log(`dashboard: ${app.url}/`);
  log(`GraphQL API: ${app.url}/graphql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || (error instanceof Error && error.name === 'FrameworkContentError') ? error.message : error);
  process.exit(1);
});
