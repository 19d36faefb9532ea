import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';

import { logger } from '../common/logger';

/** A readiness check that takes longer than this counts as a failure: the database is not answering. */
const READINESS_TIMEOUT_MS = 2_000;

export type Readiness = {
  ready: boolean;
  database: 'reachable' | 'unreachable';
  migrations: 'current' | 'pending' | 'unknown';
  stopping?: true;
};

/**
 * Health endpoints for a load balancer or orchestrator. /healthz: the process is alive and serving
 * HTTP (never looks at the database, so an outage does not get the process restarted).
 * /readyz: the database answers and has every migration this build knows; 503 otherwise, and from
 * the moment shutdown begins, so traffic moves elsewhere before connections close.
 */
export function createHealthRouter(dataSource: DataSource): { router: Router; markStopping(): void; check(): Promise<Readiness> } {
  const expected = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  let stopping = false;

  const check = async (): Promise<Readiness> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('readiness check timed out')), READINESS_TIMEOUT_MS);
    });
    try {
      const applied: { name: string }[] = await Promise.race([dataSource.query('SELECT name FROM migrations'), timeout]);
      const names = new Set(applied.map((row) => row.name));
      const current = expected.every((name) => names.has(name));
      return {
        ready: current && !stopping,
        database: 'reachable',
        migrations: current ? 'current' : 'pending',
        ...(stopping ? { stopping } : {}),
      };
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      return { ready: false, database: 'unreachable', migrations: 'unknown', ...(stopping ? { stopping } : {}) };
    } finally {
      clearTimeout(timer);
    }
  };

  const router = express.Router();
  const noStore: express.RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  router.get('/healthz', noStore, (_req, res) => void res.json({ status: 'alive' }));
  router.get('/readyz', noStore, async (_req, res) => {
    const readiness = await check();
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  return { router, markStopping: () => void (stopping = true), check };
}
