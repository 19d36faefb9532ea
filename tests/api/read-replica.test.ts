import type { DataSource } from 'typeorm';

import { readReplicaOf } from '../../api/src/common/database/read-replica';
import { createDataSource } from '../../api/src/data-source';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * DATABASE_REPLICA_URL: the "replica" here is the same database reached through read-only
 * sessions (default_transaction_read_only), which refuse writes exactly as a hot standby does.
 */
describe('read replica', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const readOnly = async (manager: { query(sql: string): Promise<{ transaction_read_only: string }[]> }) =>
    (await manager.query('SHOW transaction_read_only'))[0].transaction_read_only;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, {
      poolSize: 2,
      replicaUrl: `${database.url}?options=${encodeURIComponent('-c default_transaction_read_only=on')}`,
    });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE replica_probe (n int)');
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('should send only the read transactions of a reading service to the replica', async () => {
    expect(await readOnly(dataSource)).toBe('off');
    expect(await dataSource.transaction(readOnly)).toBe('off');
    const reads = readReplicaOf(dataSource);
    expect(await reads.transaction(readOnly)).toBe('on');
    // Anything that is not a transaction stays on the primary.
    expect(await readOnly(reads)).toBe('off');
  });

  it('should run a transaction that writes again, from the start, on the primary', async () => {
    const attempts: string[] = [];
    const result = await readReplicaOf(dataSource).transaction(async (manager) => {
      attempts.push(await readOnly(manager));
      await manager.query('INSERT INTO replica_probe VALUES (1)');
      return 'written';
    });
    expect(result).toBe('written');
    expect(attempts).toEqual(['on', 'off']);
    expect((await dataSource.query('SELECT count(*)::int AS n FROM replica_probe'))[0].n).toBe(1);
  });

  it('should be the data source itself when no replica is configured', () => {
    const primaryOnly = createDataSource(database.url);
    expect(readReplicaOf(primaryOnly)).toBe(primaryOnly);
  });
});
