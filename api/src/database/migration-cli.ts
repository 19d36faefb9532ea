import 'reflect-metadata';

import { loadConfig } from '../config';
import { createDataSource } from '../data-source';

import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * `npm run migration:show` lists pending migrations; `npm run migration:revert` undoes the last one.
 * Uses DATABASE_URL, or the embedded PostgreSQL's data folder when it is unset.
 */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'show' && command !== 'revert') throw new Error('usage: migration-cli show|revert');
  const config = loadConfig();
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT });
  const dataSource = createDataSource(config.DATABASE_URL ?? embedded!.urlFor('touchstone'), { poolSize: 1 });
  try {
    await dataSource.initialize();
    if (command === 'show') {
      const pending = await dataSource.showMigrations();
      console.log(pending ? 'There are pending migrations: `npm start` applies them.' : 'All migrations have been applied.');
    } else {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
