import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { SESSION_COOKIE } from '../../api/src/app';

import { eventually } from './eventually';
import { signInOverHttp } from './sign-in';

/** The line tests/support/api-process.ts prints once it serves, before its JSON. */
export const READY_PREFIX = 'API-PROCESS ';

/** What the process reports in its ready line: where it serves, its PostgreSQL's postmaster and the owner's URL. */
type Ready = { url: string; postmasterPid: number; ownerUrl: string };

export type ApiProcess = Ready & {
  child: ChildProcess;
  /** Everything the process wrote, for assertions and for a failing test's message. */
  output(): string;
  /** Runs SQL as the database owner on the process's own server, over a connection of its own (it may be down). */
  ownerQuery<TRow>(sql: string, params?: unknown[]): Promise<TRow[]>;
  /** Signs in over HTTP and returns the Cookie header value for the session. */
  sessionCookie(email: string, password: string): Promise<string>;
  /** The item keys of a framework, in order. */
  itemKeys(frameworkKey: string): Promise<string[]>;
  /** Lets the supervisor restart the PostgreSQL the test killed. */
  releaseRestart(): void;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Stops it (SIGTERM, then SIGKILL if it does not end) and removes its data folder. */
  stop(): Promise<void>;
};

/**
 * Starts tests/support/api-process.ts in a Node process of its own, on its own embedded
 * PostgreSQL in a fresh folder and free-looking ports, and waits until it serves.
 */
export async function startApiProcess(env: Record<string, string> = {}): Promise<ApiProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-api-process-'));
  // As root the server runs as the 'postgres' user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const { DATABASE_URL: _database, ...inherited } = process.env;
  const child = spawn(process.execPath, ['-r', join(__dirname, 'ts-register.cjs'), join(__dirname, 'api-process.ts')], {
    env: {
      ...inherited,
      NODE_ENV: 'test',
      PORT: '0',
      DEMO_DATA: 'false',
      EMBEDDED_PG_DIR: join(dir, 'data'),
      EMBEDDED_PG_PORT: String(50000 + Math.floor(Math.random() * 4000)),
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));

  const ready = await eventually(
    'the API process to serve',
    async () => {
      if (ended) throw new Error(`the API process ended before serving:\n${output}`);
      const line = output.split('\n').find((l) => l.startsWith(READY_PREFIX));
      return line ? (JSON.parse(line.slice(READY_PREFIX.length)) as Ready) : undefined;
    },
    { deadlineMs: 180_000 },
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });

  const ownerQuery = async <TRow>(sql: string, params?: unknown[]): Promise<TRow[]> => {
    const client = new Client({ connectionString: ready.ownerUrl });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as TRow[];
    } finally {
      await client.end();
    }
  };
  return {
    child,
    ...ready,
    ownerQuery,
    sessionCookie: async (email, password) => {
      const { sessionToken, response } = await signInOverHttp(ready.url, email, password);
      if (!sessionToken) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(response)}`);
      return `${SESSION_COOKIE}=${sessionToken}`;
    },
    itemKeys: async (frameworkKey) =>
      (
        await ownerQuery<{ key: string }>(
          'SELECT i.key FROM framework_item i JOIN framework f ON f.id = i.framework_id WHERE f.key = $1 ORDER BY i.position',
          [frameworkKey],
        )
      ).map((row) => row.key),
    output: () => output,
    releaseRestart: () => void child.stdin!.write('release-restart\n'),
    exited,
    stop: async () => {
      if (!ended) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
