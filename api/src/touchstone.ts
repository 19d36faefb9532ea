import type { DataSource } from 'typeorm';

import { type App, startApp } from './app';
import { prepareDatabase } from './bootstrap';
import { logger } from './common/logger';
import type { Config } from './config';
import { createDataSource } from './data-source';
import { prepareApiConnection } from './database/api-role';
import { prepareMailerConnection } from './database/mailer-role';
import { createDatabaseIfMissing } from './database/create-database';
import { type EmbeddedPostgres, type EmbeddedPostgresOptions, startEmbeddedPostgres } from './database/embedded-postgres';
import { type AccountMailWorker, startAccountMailWorker } from './modules/auth/index';

const DATABASE_NAME = 'touchstone';

/** In-flight work gets this long to finish at shutdown before the process gives up waiting. */
export const SHUTDOWN_DEADLINE_MS = 30_000;

async function ensureDatabase(embedded: EmbeddedPostgres): Promise<string> {
  await createDatabaseIfMissing(embedded.urlFor('postgres'), DATABASE_NAME);
  return embedded.urlFor(DATABASE_NAME);
}

export type Touchstone = {
  app: App;
  /** The API's own connection (the restricted role). */
  dataSource: DataSource;
  /** The supervised embedded PostgreSQL, when DATABASE_URL is unset. */
  embedded: EmbeddedPostgres | null;
  /** The worker sending account email as the mailer's role, unless ACCOUNT_MAIL_WORKER is false. */
  mailWorker: AccountMailWorker | null;
  /** Graceful stop: not ready, stop accepting, drain requests, close WebSockets, then the database. */
  stop(): Promise<void>;
};

/**
 * Starts everything `npm start` runs: the database (embedded and supervised unless DATABASE_URL is
 * set), then, unless a migration service does it (MIGRATE_ON_START=false), migrations, content and
 * data as the owner; then the API as its own restricted role, with the read replica if configured,
 * and (unless ACCOUNT_MAIL_WORKER is false) the account mail worker as the mailer's role.
 */
export async function startTouchstone(
  config: Config,
  log: (message: string) => void = (m) => logger.info(m),
  options: { embedded?: Pick<EmbeddedPostgresOptions, 'beforeRestart' | 'restartDelayMs'> } = {},
): Promise<Touchstone> {
  let embedded: EmbeddedPostgres | null = null;
  let dataSource: DataSource | null = null;
  let owner: DataSource | null = null;
  try {
    let apiUrl = config.API_DATABASE_URL;
    let mailerUrl = config.MAILER_DATABASE_URL;
    if (config.MIGRATE_ON_START) {
      if (!config.DATABASE_URL) {
        embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, ...options.embedded });
        log(`embedded PostgreSQL running on 127.0.0.1:${config.EMBEDDED_PG_PORT} (data in ${config.EMBEDDED_PG_DIR})`);
      }
      const ownerUrl = config.DATABASE_URL ?? (await ensureDatabase(embedded!));
      // The owner migrates and loads data; the API then serves as its own restricted role.
      owner = createDataSource(ownerUrl, { poolSize: 4, applicationName: 'touchstone-bootstrap' });
      await owner.initialize();
      await prepareDatabase(owner, config, log);
      apiUrl = await prepareApiConnection(owner, ownerUrl, config);
      // Always, so a mailer started elsewhere can log in with the password this process was given.
      mailerUrl = await prepareMailerConnection(owner, ownerUrl, config);
      await owner.destroy();
    }
    dataSource = createDataSource(apiUrl!, { replicaUrl: config.DATABASE_REPLICA_URL });
    await dataSource.initialize();
    const app = await startApp(dataSource, config);
    // Last: it cannot fail (a database that is away is retried), so nothing started above is left running.
    const worker = config.ACCOUNT_MAIL_WORKER ? await startAccountMailWorker(mailerUrl!, config) : null;
    const api = dataSource;
    let stopping: Promise<void> | null = null;
    return {
      app,
      dataSource: api,
      embedded,
      mailWorker: worker,
      stop: () =>
        (stopping ??= (async () => {
          await app.close().catch((error: unknown) => logger.warn({ err: error }, 'the API did not stop cleanly'));
          await worker?.close().catch((error: unknown) => logger.warn({ err: error }, 'the mail worker did not stop cleanly'));
          if (api.isInitialized) await api.destroy().catch(() => undefined);
          await embedded?.stop();
        })()),
    };
  } catch (error) {
    for (const source of [dataSource, owner]) if (source?.isInitialized) await source.destroy().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
}
