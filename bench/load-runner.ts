import { performance } from 'node:perf_hooks';

import { quantile } from '../api/src/common/statistics';

import { type CpuMeter, type CpuPerTask, cpuPerTask } from './cpu-usage';

/**
 * One unit of work (a request, or a whole submission). It may return extra timings in ms (e.g.
 * the final step of a multi-request task); the runner always records the task's own duration as
 * `total`.
 */
export type Task = (iteration: number) => Promise<Record<string, number> | void>;

export type LoadPlan = {
  warmup: number;
  iterations: number;
  concurrency: number;
  /** The measured phase stops starting new tasks after this long. */
  timeLimitMs: number;
};

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; mean: number; max: number };

export type LoadResult = {
  /** Latency per metric (`total`, plus any the task reports). */
  metrics: Record<string, LatencySummary>;
  completed: number;
  elapsedMs: number;
  /** Completed tasks per second over the measured phase. */
  throughput: number;
  /** True when the time limit cut the measured phase short. */
  timedOut: boolean;
  /** CPU per completed task over the measured phase, where a meter was given. */
  cpu: CpuPerTask | null;
};

/**
 * Runs `count` tasks on `concurrency` workers that each take the next iteration number when they
 * finish one (a closed loop: the load adapts to the server rather than queueing without end).
 * Bounded by count and by deadline, and stops at the first failed task.
 */
async function drive(
  task: Task,
  first: number,
  count: number,
  concurrency: number,
  deadline: number,
  samples?: Map<string, number[]>,
): Promise<number> {
  let next = first;
  let completed = 0;
  // After a failure the other workers stop too, so nothing keeps sending while the caller cleans up.
  let failed = false;
  const worker = async () => {
    while (!failed && next < first + count && performance.now() < deadline) {
      const iteration = next++;
      const started = performance.now();
      const extra = await task(iteration).catch((error: unknown) => {
        failed = true;
        throw error;
      });
      const total = performance.now() - started;
      completed++;
      if (!samples) continue;
      for (const [metric, ms] of Object.entries({ total, ...(extra ?? {}) })) {
        const list = samples.get(metric) ?? [];
        list.push(ms);
        samples.set(metric, list);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return completed;
}

export function summarise(values: number[]): LatencySummary {
  const at = (p: number) => quantile(values, p) ?? Number.NaN;
  return {
    count: values.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
    max: Math.max(...values),
  };
}

/**
 * Runs just before the measured phase starts, after the warm-up; the function it returns runs just
 * after the measured phase ends (e.g. to read the API's own metrics on either side of it). Neither
 * is timed.
 */
export type MeasuredPhaseHook = () => Promise<() => Promise<void>>;

/**
 * Warms up (connections, caches, the JIT and PostgreSQL's buffers) with unmeasured tasks, then
 * measures. Warm-up takes iterations 0…warmup-1, so tasks that need fresh data per iteration
 * (e.g. a new round per submission) never repeat one.
 */
export async function runLoad(task: Task, plan: LoadPlan, meter?: CpuMeter, hook?: MeasuredPhaseHook): Promise<LoadResult> {
  if (plan.warmup > 0) await drive(task, 0, plan.warmup, plan.concurrency, performance.now() + plan.timeLimitMs);
  const afterMeasured = await hook?.();
  const samples = new Map<string, number[]>();
  const cpuBefore = meter?.();
  const started = performance.now();
  const deadline = started + plan.timeLimitMs;
  const completed = await drive(task, plan.warmup, plan.iterations, plan.concurrency, deadline, samples);
  const elapsedMs = performance.now() - started;
  const cpuAfter = meter?.();
  await afterMeasured?.();
  return {
    cpu: cpuBefore && cpuAfter ? cpuPerTask(cpuBefore, cpuAfter, completed) : null,
    metrics: Object.fromEntries([...samples].map(([metric, values]) => [metric, summarise(values)])),
    completed,
    elapsedMs,
    throughput: completed / (elapsedMs / 1000),
    timedOut: completed < plan.iterations,
  };
}
