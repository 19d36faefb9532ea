import 'reflect-metadata';

import { logger } from './common/logger';
import { ConfigError, loadConfig } from './config';
import { type AccountMailWorker, startAccountMailWorker } from './modules/auth/index';
import { SHUTDOWN_DEADLINE_MS } from './touchstone';

/**
 * `npm run start:mailer` (docker-compose.yml's `mailer`): the account mail worker alone, connected
 * with MAILER_DATABASE_URL as the mailer's role, the only one that can read the outbox of reset
 * links. The API replicas then run with ACCOUNT_MAIL_WORKER=false and hold no mailer credential.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env, 'mailer');
  logger.level = config.logLevel;
  let worker: AccountMailWorker | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing the message being sent, then stopping`);
    setTimeout(() => {
      logger.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await worker?.close();
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  worker = await startAccountMailWorker(config.MAILER_DATABASE_URL!, config);
  logger.info(`mailer: sending account email ${config.SMTP_HOST ? 'through SMTP' : `to ${config.MAIL_OUTBOX_DIR} and the log`}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.fatal({ err: error }, 'the mailer could not start');
  process.exit(1);
});
