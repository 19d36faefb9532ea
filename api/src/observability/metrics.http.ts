import { timingSafeEqual } from 'node:crypto';

import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';

import { databasePool, metricsRegistry } from '../common/metrics';

type PgPool = { totalCount: number; idleCount: number; waitingCount: number };

/** TypeORM's pg pools: the primary's, and the replica's when replication is configured. */
function poolsOf(dataSource: DataSource): [string, PgPool][] {
  const driver = dataSource.driver as unknown as { master?: PgPool; slaves?: PgPool[] };
  return [
    ...(driver.master ? [['primary', driver.master] as [string, PgPool]] : []),
    ...(driver.slaves ?? []).map((pool, i) => [i === 0 ? 'replica' : `replica-${i + 1}`, pool] as [string, PgPool]),
  ];
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * GET /metrics in Prometheus's text format, for a scraper holding METRICS_TOKEN as a bearer token
 * (and 404 when no token is configured, as in development). A bearer secret rather than a second
 * port: the same port works behind any proxy or orchestrator without more wiring, and the metrics
 * stay closed even if that port is exposed; nginx also refuses /metrics from outside.
 */
export function createMetricsRouter(dataSource: DataSource, token: string | undefined): Router {
  const router = express.Router();
  router.get('/metrics', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!token) return void res.status(404).json({ message: 'Metrics are off: set METRICS_TOKEN.' });
    const given = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!given || !sameSecret(given, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      return void res.status(401).json({ message: 'Send the metrics token as a bearer token.' });
    }
    for (const [pool, counts] of poolsOf(dataSource)) {
      databasePool.set({ pool, state: 'total' }, counts.totalCount);
      databasePool.set({ pool, state: 'idle' }, counts.idleCount);
      databasePool.set({ pool, state: 'waiting' }, counts.waitingCount);
    }
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  return router;
}
