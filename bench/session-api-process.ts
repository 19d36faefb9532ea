import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { startApp } from '../api/src/app';
import { loadConfig } from '../api/src/config';
import { createDataSource } from '../api/src/data-source';

/**
 * With BENCH_API_PROFILE_DIR set, profiles this process's main thread from start to stop and writes
 * `<name>.cpuprofile` there before stopping (node's --cpu-prof writes only on exit, which a stop
 * that outlasts the bench's grace period never reaches).
 */
async function startProfiling(): Promise<(() => Promise<void>) | null> {
  const dir = process.env.BENCH_API_PROFILE_DIR;
  if (!dir) return null;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(dir, `${process.env.BENCH_API_NAME ?? 'session-api'}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}

/**
 * One API process for the live-session scenario, as main.ts serves it behind a load balancer: its
 * own event loop, its own connection pool (the default 10) and its own LISTEN connection, over the
 * database the bench prepared. The bench starts two of these (`node build/bench/session-api-process.js`)
 * with the API role's connection string in BENCH_API_DATABASE_URL; each prints
 * `{"port": N}` on one line when it serves, and stops cleanly on SIGTERM.
 */
async function main(): Promise<void> {
  const url = process.env.BENCH_API_DATABASE_URL;
  if (!url) throw new Error('BENCH_API_DATABASE_URL is not set');
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  const dataSource = createDataSource(url, { applicationName: process.env.BENCH_API_NAME ?? 'touchstone-bench-session-api' });
  await dataSource.initialize();
  const app = await startApp(dataSource, config, 0);
  const stopProfiling = await startProfiling();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stopProfiling?.().catch((error: unknown) => console.error(error));
    await app.close().catch(() => undefined);
    await new Promise((resolve) => app.server.close(resolve));
    await dataSource.destroy().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // The bench's end of the pipe closing means the bench has gone: stop rather than serve on alone.
  process.stdin.on('end', () => void stop());
  process.stdin.resume();

  process.stdout.write(`${JSON.stringify({ port: (app.server.address() as AddressInfo).port })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
