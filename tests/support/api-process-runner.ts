import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { eventually } from './eventually';

/** The line tests/support/api-process.ts prints once it serves, before its JSON. */
export const READY_PREFIX = 'API-PROCESS ';

export type ApiProcess = {
  child: ChildProcess;
  url: string;
  postmasterPid: number;
  ownerUrl: string;
  /** Everything the process wrote, for assertions and for a failing test's message. */
  output(): string;
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
      return line ? (JSON.parse(line.slice(READY_PREFIX.length)) as { url: string; postmasterPid: number; ownerUrl: string }) : undefined;
    },
    { deadlineMs: 180_000 },
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });

  return {
    child,
    ...ready,
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
