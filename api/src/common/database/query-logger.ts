import type { Logger as TypeOrmLogger } from 'typeorm';

import { logger } from '../logger';

/** Long statements (bulk inserts) are cut in the logs: the start says which statement it was. */
const MAX_QUERY_CHARS = 500;

/**
 * TypeORM's logger, writing through pino. Query parameters are never logged: they carry whatever
 * users typed, token hashes and the like. Only errors and warnings are recorded.
 */
export class QueryLogger implements TypeOrmLogger {
  logQuery(): void {}
  logQuerySlow(time: number, query: string): void {
    logger.warn({ durationMs: time, query: query.slice(0, MAX_QUERY_CHARS) }, 'slow database query');
  }
  logQueryError(error: string | Error, query: string): void {
    logger.warn({ err: error, query: query.slice(0, MAX_QUERY_CHARS) }, 'database query failed');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    logger.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn({ detail: String(message) }, 'database driver warning');
  }
}
