import { Client } from 'pg';

/**
 * Creates the database `name` unless it exists. The check-then-create runs over `maintenanceUrl`,
 * a database that always exists on the same server (`postgres` on the embedded one).
 */
export async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name "${name}"`);
  const maintenance = new Client({ connectionString: maintenanceUrl });
  maintenance.on('error', () => undefined);
  await maintenance.connect();
  try {
    const exists = await maintenance.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await maintenance.query(`CREATE DATABASE ${name}`);
  } finally {
    await maintenance.end();
  }
}
