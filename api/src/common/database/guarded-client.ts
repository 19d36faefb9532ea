import { Client, type ClientConfig } from 'pg';

import { logger } from '../logger';

/**
 * A node-postgres client that always has an 'error' listener. pg-pool listens only while a client
 * is idle in the pool, so a client checked out when its server dies (SQLSTATE 57P01, or a reset
 * socket) would emit an unhandled 'error' and end the process. Here the error is logged; the query
 * in flight fails on its own, and the pool discards the broken client when it is released.
 */
export class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error) => logger.warn({ err: error }, 'database connection failed'));
  }
}

/**
 * Waiting longer than this for a connection means the database is away: the request fails (503)
 * rather than hang. pg-pool applies it to the wait for a free pooled connection too, so it must
 * outlast the queue a burst builds (a live session's 1,200 votes at once on a pool of 10 queued for
 * over 5 s on two cores). A server that is down is noticed at once anyway: its connections are
 * refused, or its queries fail, long before this.
 */
export const CONNECT_TIMEOUT_MS = 30_000;

/** Pool settings every data source uses, so no database error can end the process (see data-source.ts). */
export const GUARDED_POOL_OPTIONS = {
  extra: { Client: GuardedClient, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
  // The pool reports idle clients that broke; it has already discarded them, so logging is all that is left to do.
  poolErrorHandler: (error: unknown) => logger.warn({ err: error }, 'idle database connection failed'),
};
