import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { MIGRATIONS } from '../../migrations';

import { ENTITIES } from './entities';

/** The TypeORM data source: explicit entities and migrations, and never `synchronize`. */
export function createDataSource(url: string, options: { poolSize?: number; applicationName?: string } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: ['error'],
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'touchstone-api',
  });
}
