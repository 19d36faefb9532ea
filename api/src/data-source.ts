import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { MIGRATIONS } from '../../migrations';

import { GUARDED_POOL_OPTIONS } from './common/database/guarded-client';
import { QueryLogger } from './common/database/query-logger';
import { ENTITIES } from './entities';

export type DataSourceOptions = {
  poolSize?: number;
  applicationName?: string;
  /** A streaming read replica: when set, reads that ask for it (inReplicaTransaction) go there and everything else to `url`. */
  replicaUrl?: string;
};

/** The TypeORM data source: explicit entities and migrations, and never `synchronize`. */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    // Only reads that ask for the replica go there (read-replica.ts): everything else, sessions included, reads the primary.
    ...(options.replicaUrl
      ? { replication: { master: { url }, slaves: [{ url: options.replicaUrl }], defaultMode: 'master' as const } }
      : { url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: ['error', 'warn'],
    logger: new QueryLogger(),
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'touchstone-api',
    ...GUARDED_POOL_OPTIONS,
  });
}
