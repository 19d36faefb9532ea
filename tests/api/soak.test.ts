import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * A bounded soak: 60 s of mixed reads from several clients at once (a council's position, the
 * sector view, councils, assessments) against a small synthetic sector. The breakthrough matrix is
 * left out for now: on this data it takes seconds per read (a speed problem, not a soak one).
 * Every answer must be complete and error-free, and the heap must stay flat: what the last third
 * of the run holds at most is compared with what the first third, after a warm-up, held.
 */
const SOAK_MS = 60_000;
const WARM_UP_MS = 10_000;
const CLIENTS = 3;
const SMALL_DEMO = { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 3] as [number, number] };
const ARGS = 'frameworkKey: "improvement-breakthroughs", round: "2024-25"';
const READS: [string, 'lead' | 'analyst'][] = [
  [`{ councilPosition(${ARGS}, councilGssCode: "E07000034") { council { gssCode } } }`, 'lead'],
  [`{ sectorView(${ARGS}) { framework { key } } }`, 'analyst'],
  ['{ councils { gssCode name } }', 'lead'],
  ['{ assessments(councilGssCode: "E07000034", includeSuperseded: true) { id status } }', 'lead'],
];

describe('soak', () => {
  let t: TestApp;
  let clients: Record<'lead' | 'analyst', GraphQLClient>;

  beforeAll(async () => {
    t = await startTestApp({ demo: SMALL_DEMO });
    clients = { lead: await t.as('chesterfieldLead'), analyst: await t.as('analyst') };
  }, 300_000);
  afterAll(() => t.close());

  it(`should answer ${SOAK_MS / 1000} s of mixed reads with no errors and a flat heap`, async () => {
    const started = Date.now();
    const samples: { at: number; heap: number }[] = [];
    const sampler = setInterval(() => samples.push({ at: Date.now() - started, heap: process.memoryUsage().heapUsed }), 1000);
    const failures: string[] = [];
    let answered = 0;
    const client = async (offset: number) => {
      for (let i = offset; Date.now() - started < SOAK_MS; i++) {
        const [query, who] = READS[i % READS.length];
        const response = await clients[who](query).catch((error: unknown) => ({ errors: [{ message: String(error) }], data: null }));
        if (response.errors || !response.data) failures.push(`${query}: ${JSON.stringify(response.errors)}`);
        answered++;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    clearInterval(sampler);

    expect(failures.slice(0, 5)).toEqual([]);
    expect(answered).toBeGreaterThan(READS.length * CLIENTS);
    const third = (SOAK_MS - WARM_UP_MS) / 3;
    const early = Math.max(...samples.filter((s) => s.at >= WARM_UP_MS && s.at < WARM_UP_MS + third).map((s) => s.heap));
    const late = Math.max(...samples.filter((s) => s.at >= SOAK_MS - third).map((s) => s.heap));
    // Garbage collection makes the heap saw-toothed; a leak makes the teeth climb.
    expect(late).toBeLessThan(early * 1.25 + 16 * 1024 * 1024);
    console.log(
      `soak: ${answered} reads in ${SOAK_MS / 1000} s, ${failures.length} errors; heap peak ${(early / 2 ** 20).toFixed(0)} MiB early, ${(late / 2 ** 20).toFixed(0)} MiB late`,
    );
  }, 180_000);
});
