import 'reflect-metadata';

import { logger } from './common/logger';
import { ConfigError, loadConfig } from './config';
import { SHUTDOWN_DEADLINE_MS, startTouchstone, type Touchstone } from './touchstone';

const log = (message: string) => logger.info(message);

/** `npm start`: database (embedded unless DATABASE_URL is set), migrations, content, data, then the API and dashboard on one port. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  logger.level = config.logLevel;
  log(`starting: ${config.describe()}`);

  let touchstone: Touchstone | null = null;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} received: finishing in-flight requests, then stopping`);
    // A request or socket that never ends must not keep the process from stopping.
    setTimeout(() => {
      logger.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await touchstone?.stop();
    log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  touchstone = await startTouchstone(config, log);
  if (shuttingDown) return;
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  log(`dashboard: ${touchstone.app.url}/`);
  log(`GraphQL API: ${touchstone.app.url}/graphql`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || (error instanceof Error && error.name === 'FrameworkContentError')) console.error(error.message);
  else logger.fatal({ err: error }, 'Touchstone could not start');
  process.exit(1);
});
