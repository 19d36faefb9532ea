import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

import type { DataSource } from 'typeorm';

import { startApp } from '../api/src/app';
import { loadConfig } from '../api/src/config';
import { createDataSource } from '../api/src/data-source';
import { prepareApiConnection } from '../api/src/database/api-role';
import { exitAfter, Interrupted } from '../scripts/cli';
import { BENCH_DATABASE, ensureDatabase, openDatabaseServer, rowCounts, stopOnSignal } from '../scripts/database';
import { loadSectorData, prepareBenchDatabase } from '../scripts/sector-data';

import { startCeiling } from './ceiling-server';
import { type CpuMeter, cpuMeter, findDatabaseServerProcess } from './cpu-usage';
import { measureDashboard } from './dashboard-size';
import { type FirstRenderResult, measureFirstRender } from './first-render';
import { BENCH_ACCOUNTS, type BenchAccount, buildFixture } from './fixtures';
import { graphqlCaller, LoopbackClient, signIn } from './http-client';
import { type LedgerReading, ledgerCostBetween, ledgerReader, ledgerSize } from './ledger';
import {
  formatLiveSession,
  LIVE_SESSION_KEY,
  LIVE_SESSION_PACED_KEY,
  type LiveSessionResult,
  PACED_VOTE_WINDOW_MS,
  runLiveSessions,
} from './live-session';
import { type MeasuredPhaseHook, runLoad } from './load-runner';
import { type BenchOptions, parseBenchOptions } from './options';
import {
  type BenchReport,
  formatDashboard,
  formatDatabase,
  formatFirstRender,
  formatLedger,
  formatScenario,
  formatSummary,
  machine,
  RESULTS_FILE,
  type ResultRow,
  resultRow,
  writeReport,
} from './report';
import { buildScenarios, type Scenario, type ScenarioContext } from './scenarios';
import { FIRST_BENCH_ROUND } from './submission-payload';
import { formatTargets, targetRows } from './targets';

const log = (message: string) => console.log(`[bench] ${message}`);

/** The API's pool size when main.ts starts it (createDataSource's default); the ceiling gets the same. */
const POOL_SIZE = 10;

/** What the run has started, stopped in reverse order however the run ends. */
class Resources {
  private readonly closers: { name: string; close: () => Promise<void> | void }[] = [];

  add(name: string, close: () => Promise<void> | void): void {
    this.closers.push({ name, close });
  }

  async closeAll(): Promise<void> {
    for (const { name, close } of this.closers.splice(0).reverse()) {
      await Promise.resolve()
        .then(close)
        .catch((error: unknown) => console.error(`[bench] stopping ${name} failed:`, error));
    }
  }
}

/** Removes the benchmark's own submissions (fresh rounds from 2027-28), so every run starts from the same data. */
async function removeBenchSubmissions(owner: DataSource, councilGssCode: string): Promise<void> {
  await owner.query(
    `DELETE FROM assessment WHERE NOT is_synthetic AND round >= $1 AND council_id = (SELECT id FROM council WHERE gss_code = $2)`,
    [FIRST_BENCH_ROUND, councilGssCode],
  );
}

/** Moves the release stamp on as a change to a council's facts does, so every recorded release is recomputed on its next read. */
async function moveReleaseStamp(owner: DataSource): Promise<void> {
  await owner.query(`UPDATE council_facts_version SET version = version + 1 WHERE id = 1`);
}

/**
 * A scenario at one number of concurrent clients: the API, then the ceiling, under the same plan.
 * For a read, the API's ledger histogram is read on either side of its measured phase.
 */
async function measure(
  scenario: Scenario,
  concurrency: number,
  options: BenchOptions,
  meter: CpuMeter,
  readLedger: () => Promise<LedgerReading>,
): Promise<ResultRow[]> {
  await scenario.prepare?.();
  const plan = { warmup: scenario.warmup, iterations: scenario.iterations, concurrency, timeLimitMs: options.scenarioTimeLimitMs };
  log(`${scenario.key}: API, ${plan.warmup} warm-up + ${plan.iterations} measured, ${concurrency} concurrent`);
  let ledger: ResultRow['ledger'];
  const ledgerHook: MeasuredPhaseHook = async () => {
    const before = await readLedger();
    return async () => void (ledger = ledgerCostBetween(before, await readLedger()));
  };
  const api = await runLoad(scenario.api, plan, meter, scenario.kind === 'read' ? ledgerHook : undefined);
  log(`${scenario.key}: ceiling, the same`);
  const ceiling = await runLoad(scenario.ceiling, plan, meter);
  return scenario.rows.map((row) => ({ ...resultRow(row, concurrency, api, ceiling), ...(ledger === undefined ? {} : { ledger }) }));
}

/** The council position view's first render in Chromium, served by the bench's API at sector scale, where Chromium is installed. */
async function measureFirstRenderIfPossible(baseUrl: string, password: string): Promise<FirstRenderResult | null> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return null;
  log('first render: council position in Chromium, 10 cold loads');
  return measureFirstRender({ baseUrl, email: BENCH_ACCOUNTS.lead.email, password, chromiumPath, loads: 10 });
}

async function run(options: BenchOptions, resources: Resources): Promise<void> {
  // The bench database never carries the demo assessments: the sector data stands in for them.
  // The API's /metrics answers only with a token, and the bench reads its ledger histogram there.
  const metricsToken = process.env.METRICS_TOKEN || randomBytes(24).toString('base64url');
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false', METRICS_TOKEN: metricsToken });
  const server = await openDatabaseServer(config, log);
  resources.add('PostgreSQL', () => server.stop());

  const ownerUrl = await ensureDatabase(server, config, BENCH_DATABASE);
  const owner = createDataSource(ownerUrl, { poolSize: 4, applicationName: 'touchstone-bench-owner' });
  await owner.initialize();
  resources.add('owner connection', () => owner.destroy());

  await prepareBenchDatabase(owner, config, log);
  const loadStarted = performance.now();
  const loaded = await loadSectorData(owner, options.seed, log);
  const loadedThisRun =
    loaded.assessments > 0 ? { seconds: (performance.now() - loadStarted) / 1000, assessments: loaded.assessments } : null;
  log(loadedThisRun ? `sector data loaded in ${loadedThisRun.seconds.toFixed(1)} s` : 'sector data already loaded');
  const leadGssCode = BENCH_ACCOUNTS.lead.councilGssCode!;
  await removeBenchSubmissions(owner, leadGssCode);
  const counts = await rowCounts(owner);
  const ledgerBefore = await ledgerSize(owner);

  // The API as main.ts serves it: its own restricted role, its default pool, a real HTTP port.
  const apiUrl = await prepareApiConnection(owner, ownerUrl, config);
  const apiDataSource = createDataSource(apiUrl);
  await apiDataSource.initialize();
  resources.add('API connection', () => apiDataSource.destroy());
  const app = await startApp(apiDataSource, config, 0);
  resources.add('API server', async () => {
    await app.close();
    await new Promise((resolve) => app.server.close(resolve));
  });
  const maxConcurrency = Math.max(...options.concurrency);
  const apiClient = new LoopbackClient((app.server.address() as AddressInfo).port, maxConcurrency);
  resources.add('API client', () => apiClient.close());

  const sessions = {} as Record<BenchAccount, string>;
  for (const [name, account] of Object.entries(BENCH_ACCOUNTS) as [BenchAccount, (typeof BENCH_ACCOUNTS)[BenchAccount]][]) {
    sessions[name] = await signIn(apiClient, account.email, config.DEMO_PASSWORD);
  }
  const fixture = await buildFixture(app, apiDataSource, sessions);

  const ceiling = await startCeiling(apiUrl, fixture, POOL_SIZE);
  resources.add('ceiling server', () => ceiling.close());
  const ceilingClient = new LoopbackClient(ceiling.port, maxConcurrency);
  resources.add('ceiling client', () => ceilingClient.close());
  log(`API on 127.0.0.1:${(app.server.address() as AddressInfo).port}, ceiling on 127.0.0.1:${ceiling.port}`);

  const context: ScenarioContext = {
    fixture,
    api: {
      lead: graphqlCaller(apiClient, sessions.lead),
      analyst: graphqlCaller(apiClient, sessions.analyst),
      admin: graphqlCaller(apiClient, sessions.admin),
    },
    ceiling: ceilingClient,
    resetSubmissions: () => removeBenchSubmissions(owner, leadGssCode),
    moveReleaseStamp: () => moveReleaseStamp(owner),
    requests: options.requests,
    warmup: options.warmup,
    submissions: options.submissions,
    submissionWarmup: options.submissionWarmup,
    seed: options.seed,
  };
  const rows: ResultRow[] = [];
  const scenarios = buildScenarios(context);
  const keys = [...scenarios.map((s) => s.key), LIVE_SESSION_KEY, LIVE_SESSION_PACED_KEY];
  const unknown = options.only.filter((key) => !keys.includes(key));
  if (unknown.length > 0) throw new Error(`--only: no scenario ${unknown.join(', ')}; there are ${keys.join(', ')}`);
  const meter = cpuMeter(await findDatabaseServerProcess(owner));
  const readLedger = ledgerReader(apiClient, metricsToken);
  for (const scenario of scenarios.filter((s) => options.only.length === 0 || options.only.includes(s.key))) {
    for (const concurrency of options.concurrency) {
      for (const row of await measure(scenario, concurrency, options, meter, readLedger)) {
        rows.push(row);
        console.log(`\n${formatScenario(row)}\n`);
      }
    }
  }
  await removeBenchSubmissions(owner, leadGssCode);
  // Submissions record no releases and their release_submission rows go with them, so this is the ledger after the reads.
  const ledgerAfter = await ledgerSize(owner);
  const runLive = async (key: string, voteWindowMs: number): Promise<LiveSessionResult | null> => {
    if (options.only.length > 0 && !options.only.includes(key)) return null;
    const result = await runLiveSessions({
      apiDatabaseUrl: apiUrl,
      owner,
      password: config.DEMO_PASSWORD,
      framework: fixture.submission.framework,
      options: { ...options.liveSessions, timeLimitMs: options.scenarioTimeLimitMs, voteWindowMs },
      meter,
      log,
    });
    console.log(`\n${formatLiveSession(result)}\n`);
    return result;
  };
  // The burst (every vote at once) always, when live sessions run; the paced one beside it, never instead.
  const liveSessions = await runLive(LIVE_SESSION_KEY, 0);
  const liveSessionsPaced = await runLive(LIVE_SESSION_PACED_KEY, PACED_VOTE_WINDOW_MS);
  const firstRender = await measureFirstRenderIfPossible(
    `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    config.DEMO_PASSWORD,
  );

  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    options,
    database: { name: BENCH_DATABASE, rowCounts: counts, seed: options.seed, loadedThisRun },
    scenarios: rows,
    dashboard: measureDashboard(),
    firstRender,
    liveSessions,
    liveSessionsPaced,
    targets: targetRows(rows, options.concurrency),
    ledger: { before: ledgerBefore, after: ledgerAfter },
  };
  writeReport(report);
  console.log(
    `\n${formatDatabase(report)}\n\n${formatLedger(report)}\n\n${formatDashboard(report.dashboard)}\n\n${formatFirstRender(report.firstRender)}\n\n${formatSummary(report)}\n\n${formatTargets(report.targets)}\n`,
  );
  log(`results written to ${RESULTS_FILE}`);
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const resources = new Resources();
  const signals = stopOnSignal(() => resources.closeAll(), log);
  try {
    await run(options, resources);
  } catch (error) {
    throw signals.interrupted ? new Interrupted() : error;
  } finally {
    signals.forget();
    await resources.closeAll();
  }
}

// Budgets are reported, not enforced: a missed budget still exits 0; only a failure to measure does not.
main().catch(exitAfter);
