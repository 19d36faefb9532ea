import 'reflect-metadata';

import { prepareDatabase } from '../bootstrap';
import { logger } from '../common/logger';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from '../data-source';

import { prepareApiConnection } from './api-role';
import { prepareMailerConnection } from './mailer-role';

/**
 * The one-shot migration service (docker-compose.yml's `migrate`): as DATABASE_URL's owner, runs
 * the migrations, loads framework content and reference data (and demo data where allowed), gives
 * the API's and the mailer's roles their passwords, and exits. The API replicas then start with MIGRATE_ON_START=false.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  if (!config.DATABASE_URL) throw new ConfigError(['DATABASE_URL: is required to prepare a database']);
  const owner = createDataSource(config.DATABASE_URL, { poolSize: 2, applicationName: 'touchstone-migrate' });
  await owner.initialize();
  try {
    await prepareDatabase(owner, config, (message) => logger.info(message));
    await prepareApiConnection(owner, config.DATABASE_URL, config);
    await prepareMailerConnection(owner, config.DATABASE_URL, config);
    logger.info('database prepared');
  } finally {
    await owner.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.fatal({ err: error }, 'the database could not be prepared');
  process.exit(1);
});
