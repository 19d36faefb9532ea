import 'reflect-metadata';

import { createInterface } from 'node:readline';

import { loadConfig } from '../../api/src/config';
import { createDataSource } from '../../api/src/data-source';
import { loadDemoAccounts } from '../../api/src/modules/demo/index';
import { startTouchstone } from '../../api/src/touchstone';

import { READY_PREFIX } from './api-process-runner';

/**
 * The API in a process of its own, started as `npm start` starts it (embedded, supervised
 * PostgreSQL; EMBEDDED_PG_DIR and the other settings come from the environment), plus the demo
 * accounts. Prints one line, `API-PROCESS {"url","postmasterPid","ownerUrl"}`, once it serves.
 * A line "release-restart" on stdin lets the supervisor restart a dead PostgreSQL: until then the
 * outage lasts, so a test can look at it. SIGTERM stops it gracefully, as main.ts does.
 */
async function run(): Promise<void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'release-restart') release();
  });
  const config = loadConfig();
  const touchstone = await startTouchstone(config, () => undefined, { embedded: { beforeRestart: () => held, restartDelayMs: 50 } });
  process.on('SIGTERM', () => {
    void touchstone.stop().then(() => {
      process.stdout.write('stopped cleanly\n');
      process.exit(0);
    });
  });
  const ownerUrl = touchstone.embedded!.urlFor('touchstone');
  const owner = createDataSource(ownerUrl, { poolSize: 1 });
  await owner.initialize();
  await loadDemoAccounts(owner, config.DEMO_PASSWORD);
  await owner.destroy();
  process.stdout.write(
    `${READY_PREFIX}${JSON.stringify({ url: touchstone.app.url, postmasterPid: touchstone.embedded!.pid, ownerUrl })}\n`,
  );
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
