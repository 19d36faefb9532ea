import { RecordedReleases, type ReleaseStamp } from './recorded-releases';
import type { ReleaseView } from './release-ledger';

/** A store whose results are all `bytes` big, holding at most `maxBytes` of them. */
const storeOf = <T>(maxBytes: number, sizeOf: (result: T) => number = () => 1) => new RecordedReleases<T>({ maxBytes, sizeOf });

const stamp = (dataVersion: number, factsVersion = 0, frameworkId = 'f'): ReleaseStamp => ({
  frameworkId,
  dataVersion,
  factsVersion,
  value: `${dataVersion}:${factsVersion}`,
});

/**
 * Serves one read of `view` from `store` under the stamp `asked` for, computing it with `work`
 * from a snapshot that saw `seen` (the asked stamp unless said otherwise).
 */
const servingFrom =
  <T>(store: RecordedReleases<T>, view: ReleaseView) =>
  (key: string, asked: ReleaseStamp, work: () => Promise<T>, seen = asked): Promise<T> =>
    store.serve(view, key, asked, async () => ({ result: await work(), seen }));

const value =
  <T>(v: T) =>
  () =>
    Promise.resolve(v);

describe('recorded releases', () => {
  it('should serve a result again only under the stamp it was recorded with', async () => {
    const store = storeOf<number>(10);
    let computed = 0;
    const serve = (s: ReleaseStamp) => servingFrom(store, 'position')('k', s, () => Promise.resolve(++computed));
    expect(await serve(stamp(1))).toBe(1);
    expect(await serve(stamp(1))).toBe(1);
    expect(await serve(stamp(2))).toBe(2);
    expect(await serve(stamp(2, 1))).toBe(3);
    expect(await serve(stamp(2, 1))).toBe(3);
    expect(computed).toBe(3);
  });

  it('should hold results up to its byte budget, dropping the least recently served', async () => {
    // Three results of 40 bytes fit a budget of 120; a fourth drops the least recently served.
    const store = storeOf<string>(120, () => 40);
    const serve = (key: string) => servingFrom(store, 'sector')(key, stamp(1), value(`${key}@${Date.now()}-${Math.random()}`));
    const a = await serve('a');
    await serve('b');
    await serve('c');
    expect(store.bytes).toBe(120);
    expect(await serve('a')).toBe(a);
    const b = await serve('d');
    expect(store.size).toBe(3);
    expect(store.bytes).toBe(120);
    expect(b).not.toBe(a);
    // 'b' was the least recently served, so it is the one dropped; 'a' is kept.
    expect(await serve('a')).toBe(a);
    for (let i = 0; i < 50; i++) await serve(`x${i}`);
    expect(store.size).toBe(3);
    expect(store.bytes).toBe(120);
  });

  it('should count each result by its own size, and keep none larger than the whole budget', async () => {
    const store = storeOf<string>(100, (result) => result.length);
    const serve = (key: string, result: string) => servingFrom(store, 'position')(key, stamp(1), value(result));
    await serve('small', 'x'.repeat(30));
    await serve('medium', 'y'.repeat(60));
    expect([store.size, store.bytes]).toEqual([2, 90]);
    // 20 more bytes do not fit beside 90: the least recently served (small) goes, medium stays.
    await serve('other', 'z'.repeat(20));
    expect([store.size, store.bytes]).toEqual([2, 80]);
    expect(await serve('medium', 'recomputed')).toBe('y'.repeat(60));
    // Larger than the budget: served, never kept, and nothing else is dropped for it.
    expect(await serve('huge', 'h'.repeat(101))).toBe('h'.repeat(101));
    expect([store.size, store.bytes]).toEqual([2, 80]);
    // Nothing was kept under that key, so the next read recomputes, and a result that fits is kept.
    expect(await serve('huge', 'again')).toBe('again');
    expect([store.size, store.bytes]).toEqual([3, 85]);
  });

  it("should drop a framework's entries under older stamps once a newer one is seen, and keep other frameworks'", async () => {
    const store = storeOf<string>(10);
    const serve = servingFrom(store, 'position');
    await serve('a', stamp(1), value('a1'));
    await serve('b', stamp(1), value('b1'));
    await serve('other', stamp(7, 0, 'g'), value('g7'));
    await serve('a', stamp(2), value('a2'));
    expect(store.size).toBe(2);
    expect(store.bytes).toBe(2);
    expect(await serve('other', stamp(7, 0, 'g'), value('recomputed'))).toBe('g7');
  });

  it('should not record what was computed under a stamp that a newer one overtook meanwhile', async () => {
    const store = storeOf<string>(10);
    const serve = servingFrom(store, 'sector');
    let release!: () => void;
    const slow = serve('k', stamp(1), () => new Promise<string>((resolve) => (release = () => resolve('old'))));
    await serve('other', stamp(2), value('new'));
    release();
    expect(await slow).toBe('old');
    expect(store.size).toBe(1);
    expect(await serve('k', stamp(2), value('fresh'))).toBe('fresh');
  });

  it('should not record figures whose snapshot saw another stamp (a change committed meanwhile, or a replica behind)', async () => {
    const store = storeOf<string>(10);
    const serve = servingFrom(store, 'sector');
    // Asked under 2, but the figures were read from a snapshot still at 1.
    expect(await serve('k', stamp(2), value('behind'), stamp(1))).toBe('behind');
    expect(store.size).toBe(0);
    expect(await serve('k', stamp(2), value('current'))).toBe('current');
    expect(await serve('k', stamp(2), value('recomputed'))).toBe('current');
  });

  it('should record nothing when the computation fails', async () => {
    const store = storeOf<string>(10);
    await expect(store.serve('sector', 'k', stamp(1), () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(store.size).toBe(0);
  });
});
