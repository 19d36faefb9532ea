import 'reflect-metadata';

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { Client } from 'pg';

import { PROJECT_ROOT } from '../../api/src/common/project-root';
import { startEmbeddedPostgres } from '../../api/src/database/embedded-postgres';

import { CURRENT_SQL_PATH, migrateAndDescribe } from './current-sql';

/** A TCP port nothing on this machine listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * `npm run migration:current`: runs every migration on a throwaway PostgreSQL (its own temporary
 * folder and port, so a running Touchstone and its data are left alone) and writes what they leave
 * to migrations/CURRENT.sql.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-current-sql-'));
  // As root PostgreSQL runs as the 'postgres' user, which must be able to enter this folder.
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort() });
  try {
    const admin = new Client({ connectionString: server.urlFor('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE touchstone_current');
    await admin.end();
    writeFileSync(CURRENT_SQL_PATH, await migrateAndDescribe(server.urlFor('touchstone_current')));
    console.log(`Wrote ${relative(PROJECT_ROOT, CURRENT_SQL_PATH)}.`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Exits explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
