import 'reflect-metadata';

import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { prepareDatabase } from '../api/src/bootstrap';
import { type Config, loadConfig } from '../api/src/config';
import { createDataSource } from '../api/src/data-source';

import { exitAfter, Interrupted, parseWithUsage } from './cli';
import {
  BENCH_DATABASE,
  DEFAULT_DATABASE,
  type DatabaseServer,
  ensureDatabase,
  formatRowCounts,
  openDatabaseServer,
  rowCounts,
  stopOnSignal,
} from './database';
import { DEFAULT_SECTOR_SEED, loadSectorData, prepareBenchDatabase } from './sector-data';

const log = (message: string) => console.log(`[seed] ${message}`);

type Scale = 'sector' | 'demo';
type SeedOptions = { scale: Scale; seed?: string };

const USAGE = 'usage: npm run seed -- [--scale sector|demo] [--seed TEXT]';

function parseOptions(argv: string[]): SeedOptions {
  return parseWithUsage(USAGE, () => {
    const { values } = parseArgs({
      args: argv,
      options: { scale: { type: 'string', default: 'sector' }, seed: { type: 'string' } },
      strict: true,
    });
    if (values.scale !== 'sector' && values.scale !== 'demo') throw new Error('--scale must be "sector" or "demo"');
    return { scale: values.scale, seed: values.seed };
  });
}

/**
 * The database a scale lives in: sector data in its own database on the same server, so that the
 * everyday demo database stays small; demo data in the one `npm start` uses.
 */
async function ownerUrlFor(scale: Scale, server: DatabaseServer, config: Config): Promise<string> {
  if (scale === 'sector') return ensureDatabase(server, config, BENCH_DATABASE);
  return config.DATABASE_URL ?? ensureDatabase(server, config, DEFAULT_DATABASE);
}

async function seed(options: SeedOptions): Promise<void> {
  // Sector scale replaces the demo assessments, so the bench database is prepared without them.
  const config = loadConfig(options.scale === 'sector' ? { ...process.env, DEMO_DATA: 'false' } : process.env);
  const server = await openDatabaseServer(config, log);
  const owner = createDataSource(await ownerUrlFor(options.scale, server, config), { poolSize: 4, applicationName: 'touchstone-seed' });
  const stopAll = async () => {
    if (owner.isInitialized) await owner.destroy().catch(() => undefined);
    await server.stop();
  };
  const signals = stopOnSignal(stopAll, log);
  try {
    await owner.initialize();
    const started = performance.now();
    if (options.scale === 'sector') {
      await prepareBenchDatabase(owner, config, log);
      const loaded = await loadSectorData(owner, options.seed ?? DEFAULT_SECTOR_SEED, log);
      log(loaded.assessments ? `sector data: loaded ${loaded.assessments} assessments` : 'sector data: already loaded');
    } else {
      if (!config.DEMO_DATA) log('DEMO_DATA is off: only migrations, content and reference data are loaded');
      await prepareDatabase(owner, config, log, options.seed ? { seed: options.seed } : {});
    }
    const seconds = (performance.now() - started) / 1000;
    log(`row counts (${owner.driver.database}):\n${formatRowCounts(await rowCounts(owner))}`);
    log(`done in ${seconds.toFixed(1)}s`);
  } catch (error) {
    throw signals.interrupted ? new Interrupted() : error;
  } finally {
    signals.forget();
    await stopAll();
  }
}

async function main(): Promise<void> {
  await seed(parseOptions(process.argv.slice(2)));
}

main().catch(exitAfter);
