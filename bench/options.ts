import { parseArgs } from 'node:util';

import { parseWithUsage } from '../scripts/cli';
import { DEFAULT_SECTOR_SEED } from '../scripts/sector-data';

import { MAX_LIVE_SESSIONS } from './live-session';

/** How hard and how long the benchmark pushes; every loop it runs is bounded by these. */
export type BenchOptions = {
  /**
   * Numbers of clients sending requests at once; every scenario is measured at each, for the API
   * and the ceiling alike. The default, 1, 2 and 8: one request at a time (latency without
   * queueing), one client per core of the 2-core reference machine, and four per core (where the
   * machine is saturated and latency is mostly waiting for a core).
   */
  concurrency: number[];
  /** Measured requests per read scenario, after `warmup` unmeasured ones. */
  requests: number;
  warmup: number;
  /** Measured submissions, after `submissionWarmup` unmeasured ones (each is 18 requests). */
  submissions: number;
  submissionWarmup: number;
  /** Upper bound on one scenario's measured phase; a scenario that hits it reports what it completed. */
  scenarioTimeLimitMs: number;
  /** Seed for the sector data (if it has to be loaded) and the submissions' levels. */
  seed: string;
  /** Scenario keys to run (e.g. position-lead); all when empty. */
  only: string[];
  /** The live-session scenario: sessions at once, participants in each, and statements scored in turn (one vote each per statement). */
  liveSessions: { sessions: number; participants: number; statements: number };
};

const USAGE =
  'usage: npm run bench -- [--concurrency 1,2,8] [--requests 300] [--warmup 20] [--submissions 30] [--time-limit 120] [--seed TEXT] [--only position-lead,sector,live-session,live-session-paced,...] [--sessions 30] [--participants 40] [--statements 3]';

function positiveInteger(name: string, value: string | undefined, fallback: number, minimum = 1): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum) throw new Error(`--${name} must be a whole number of at least ${minimum}`);
  return parsed;
}

function positiveIntegers(name: string, value: string | undefined, fallback: number[]): number[] {
  if (value === undefined) return fallback;
  return [...new Set(value.split(',').map((part) => positiveInteger(name, part.trim(), 0)))].sort((a, b) => a - b);
}

function atMost(name: string, value: number, maximum: number): number {
  if (value > maximum) throw new Error(`--${name} must be at most ${maximum}`);
  return value;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  return parseWithUsage(USAGE, () => parse(argv));
}

function parse(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      concurrency: { type: 'string' },
      requests: { type: 'string' },
      warmup: { type: 'string' },
      submissions: { type: 'string' },
      'time-limit': { type: 'string' },
      seed: { type: 'string' },
      only: { type: 'string' },
      sessions: { type: 'string' },
      participants: { type: 'string' },
      statements: { type: 'string' },
    },
  });
  return {
    concurrency: positiveIntegers('concurrency', values.concurrency, [1, 2, 8]),
    requests: positiveInteger('requests', values.requests, 300),
    warmup: positiveInteger('warmup', values.warmup, 20, 0),
    submissions: positiveInteger('submissions', values.submissions, 30),
    submissionWarmup: 3,
    scenarioTimeLimitMs: positiveInteger('time-limit', values['time-limit'], 120) * 1000,
    seed: values.seed ?? DEFAULT_SECTOR_SEED,
    only: values.only
      ? values.only
          .split(',')
          .map((key) => key.trim())
          .filter(Boolean)
      : [],
    liveSessions: {
      sessions: atMost('sessions', positiveInteger('sessions', values.sessions, 30), MAX_LIVE_SESSIONS),
      participants: positiveInteger('participants', values.participants, 40),
      statements: positiveInteger('statements', values.statements, 3),
    },
  };
}
