import type { DataSource } from 'typeorm';

import type { Config } from '../api/src/config';
import { createDatabaseIfMissing } from '../api/src/database/create-database';
import { startEmbeddedPostgres } from '../api/src/database/embedded-postgres';

/** The database the benchmark measures, kept apart from the default one so demo use is not disturbed. */
export const BENCH_DATABASE = 'touchstone_bench';

/** The database `npm start` uses on the embedded server. */
export const DEFAULT_DATABASE = 'touchstone';

/** A PostgreSQL server the scripts talk to: the embedded one they started, or DATABASE_URL's. */
export type DatabaseServer = {
  /** The owner's connection string for a database on this server. */
  urlFor(database: string): string;
  /** Whether DATABASE_URL names the server (its own database is then the default one). */
  external: boolean;
  /** Stops the embedded server if the script started it; leaves an external one alone. */
  stop(): Promise<void>;
};

/** Connects to DATABASE_URL's server when set, otherwise starts the embedded PostgreSQL exactly as main.ts does. */
export async function openDatabaseServer(config: Config, log: (message: string) => void): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    const base = config.DATABASE_URL;
    return {
      external: true,
      urlFor: (database) => {
        const url = new URL(base);
        url.pathname = `/${database}`;
        return url.toString();
      },
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT });
  log(`embedded PostgreSQL running on 127.0.0.1:${config.EMBEDDED_PG_PORT} (data in ${config.EMBEDDED_PG_DIR})`);
  return { external: false, urlFor: embedded.urlFor, stop: embedded.stop };
}

/**
 * Creates the database if it does not exist and returns its owner URL. The check-then-create runs
 * from a database that always exists: `postgres` on the embedded server, DATABASE_URL's own otherwise.
 */
export async function ensureDatabase(server: DatabaseServer, config: Config, name: string): Promise<string> {
  await createDatabaseIfMissing(config.DATABASE_URL ?? server.urlFor('postgres'), name);
  return server.urlFor(name);
}

/** The tables whose sizes describe a data set's scale. */
export const RESULT_TABLES = ['assessment', 'participant', 'participant_response', 'agreed_rating', 'assessment_score'] as const;
export type RowCounts = Record<(typeof RESULT_TABLES)[number], number>;

/** Exact row counts of the result tables, read as the owner (row-level security lets the owner through by rule). */
export async function rowCounts(owner: DataSource): Promise<RowCounts> {
  const [row]: Record<string, string>[] = await owner.query(
    `SELECT ${RESULT_TABLES.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`,
  );
  return Object.fromEntries(RESULT_TABLES.map((t) => [t, Number(row[t])])) as RowCounts;
}

/** Row counts as aligned lines for the console. */
export function formatRowCounts(counts: RowCounts): string {
  return RESULT_TABLES.map((t) => `  ${t.padEnd(22)} ${counts[t].toLocaleString('en-GB').padStart(12)}`).join('\n');
}

/** A script's handling of Ctrl-C and SIGTERM: whether one arrived, and how to stop listening. */
export type SignalGuard = { readonly interrupted: boolean; forget(): void };

/**
 * Stops what a script started when it is interrupted: an embedded PostgreSQL left running would
 * hold its data folder and port until someone found and stopped it by hand. The work in progress
 * then fails (its connections are gone); the script should exit quietly with 130 when
 * `interrupted` is set rather than report that failure.
 */
export function stopOnSignal(stop: () => Promise<void>, log: (message: string) => void): SignalGuard {
  let interrupted = false;
  const handler = (signal: NodeJS.Signals) => {
    interrupted = true;
    log(`${signal} received: stopping`);
    stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return {
    get interrupted() {
      return interrupted;
    },
    forget: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
