import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * A bounded soak: 60 s of mixed reads from several clients at once (a council's position, the
 * sector view, the breakthrough matrix, councils, assessments) against a small synthetic sector.
 * Every answer must be complete and error-free, and the heap must stay flat. The API runs in this
 * process, so the heap measured is the API's (with the test's own, which does not grow): it is
 * measured after a full garbage collection every few seconds, since the heap in use between
 * collections is saw-toothed and its peaks say how lazily the collector ran, not what is kept.
 * What the last third of the run keeps is compared with what the first third, after a warm-up,
 * kept: it may grow by a fixed allowance (lazily compiled code, a pool connection's buffers) plus
 * a few bytes per read in between, far less than any per-request state kept would cost.
 */
const SOAK_MS = 60_000;
const WARM_UP_MS = 10_000;
const SAMPLE_EVERY_MS = 3_000;
const CLIENTS = 3;
/** Growth of the collected heap allowed whatever the number of reads. */
const HEAP_ALLOWANCE = 2 * 2 ** 20;
/** Growth allowed per read between the two thirds: a read's response alone is several KB. */
const HEAP_PER_READ = 512;
const SMALL_DEMO = { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 3] as [number, number] };
const ARGS = 'frameworkKey: "improvement-breakthroughs", round: "2024-25"';
const READS: [string, 'lead' | 'analyst'][] = [
  [`{ councilPosition(${ARGS}, councilGssCode: "E07000034") { council { gssCode } } }`, 'lead'],
  [`{ sectorView(${ARGS}) { framework { key } } }`, 'analyst'],
  [`{ dimensionMatrix(${ARGS}, councilGssCode: "E07000034") { peersSuppressed cells { councilItems peerShare } } }`, 'lead'],
  ['{ councils { gssCode name } }', 'lead'],
  ['{ assessments(councilGssCode: "E07000034", includeSuperseded: true) { id status } }', 'lead'],
];

/** A full collection on demand, without a flag on the command line that runs the tests. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

type Sample = { at: number; heap: number; answered: number };
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('soak', () => {
  let t: TestApp;
  let clients: Record<'lead' | 'analyst', GraphQLClient>;
  const gc = exposeGc();

  beforeAll(async () => {
    t = await startTestApp({ demo: SMALL_DEMO });
    clients = { lead: await t.as('chesterfieldLead'), analyst: await t.as('analyst') };
  }, 300_000);
  afterAll(() => t.close());

  it(`should answer ${SOAK_MS / 1000} s of mixed reads with no errors and a flat heap`, async () => {
    const started = Date.now();
    const failures: string[] = [];
    const answeredByRead = READS.map(() => 0);
    let answered = 0;
    const samples: Sample[] = [];
    const sampler = setInterval(() => {
      gc();
      samples.push({ at: Date.now() - started, heap: process.memoryUsage().heapUsed, answered });
    }, SAMPLE_EVERY_MS);
    const client = async (offset: number) => {
      for (let i = offset; Date.now() - started < SOAK_MS; i++) {
        const [query, who] = READS[i % READS.length];
        const response = await clients[who](query).catch((error: unknown) => ({ errors: [{ message: String(error) }], data: null }));
        if (response.errors || !response.data) failures.push(`${query}: ${JSON.stringify(response.errors)}`);
        answeredByRead[i % READS.length]++;
        answered++;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    clearInterval(sampler);

    expect(failures.slice(0, 5)).toEqual([]);
    // Every read, the matrix included, was answered more than once by each client.
    expect(Math.min(...answeredByRead)).toBeGreaterThan(CLIENTS);

    const third = (SOAK_MS - WARM_UP_MS) / 3;
    const earlySamples = samples.filter((s) => s.at >= WARM_UP_MS && s.at < WARM_UP_MS + third);
    const lateSamples = samples.filter((s) => s.at >= SOAK_MS - third);
    expect(earlySamples.length).toBeGreaterThanOrEqual(2);
    expect(lateSamples.length).toBeGreaterThanOrEqual(2);
    // The median of each third's collected heap: one sample taken mid-request does not decide it.
    const early = median(earlySamples.map((s) => s.heap));
    const late = median(lateSamples.map((s) => s.heap));
    const readsBetween = median(lateSamples.map((s) => s.answered)) - median(earlySamples.map((s) => s.answered));
    const bound = HEAP_ALLOWANCE + HEAP_PER_READ * readsBetween;
    console.log(
      `soak: ${answered} reads in ${SOAK_MS / 1000} s (${answeredByRead.join(' / ')} by kind), ${failures.length} errors; ` +
        `heap after collection ${MiB(early)} early, ${MiB(late)} late (${MiB(late - early)} over ${readsBetween} reads; bound ${MiB(bound)})`,
    );
    expect(late - early).toBeLessThan(bound);
  }, 180_000);
});
