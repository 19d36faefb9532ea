import type { Viewer } from '../../common/auth/viewer';
import { type Read, readTogether, type RunQuery } from '../../common/database/read-together';
import { counter, histogram } from '../../common/metrics';
import { councilFactsVersionRead } from '../council/index';

import type { ReleaseView } from './release-ledger';

/**
 * Recorded releases: the disclosed result of a benchmark read (a CouncilPosition, a SectorView or a
 * DimensionMatrix, after disclosure control and the release ledger), kept in the process and served again while
 * nothing it was computed from has changed. Why that is sound is written once, in
 * release-ledger.ts ("Serving a recorded release again"); this store never computes a figure.
 *
 * An entry is found by the view, the read's normalised arguments and the viewer as far as it
 * changes what the read returns (user, token and the councils row-level security lets it reach),
 * and is served only under the stamp it was recorded with: the framework's benchmark_data_version
 * (every change in what is submitted) and council_facts_version (every change in who is in a fixed
 * peer group). Both live in the database, so a submission or a circumstance recorded through any
 * API process moves the stamp every process reads next. The store holds results up to a memory
 * budget (`maxBytes`, by each result's estimated size, `sizeOf`), dropping the least recently
 * served first, and drops a framework's entries under older stamps as soon as a newer stamp is
 * seen. A result larger than the whole budget is served but not kept.
 */
export class RecordedReleases<TResult> {
  /** In least-recently-served order (a Map keeps insertion order; a hit re-inserts). */
  private readonly entries = new Map<string, { frameworkId: string; stamp: string; result: TResult; bytes: number }>();
  /** The newest stamp seen per framework, to drop entries recorded under older ones. */
  private readonly latestStamp = new Map<string, ReleaseStamp>();
  private heldBytes = 0;

  constructor(private readonly budget: { maxBytes: number; sizeOf: (result: TResult) => number }) {}

  /** How many results are held. */
  get size(): number {
    return this.entries.size;
  }

  /** The estimated bytes the held results take, never more than the budget. */
  get bytes(): number {
    return this.heldBytes;
  }

  /**
   * The result recorded for this read under this stamp, or else `compute()`'s, recorded (a failed
   * computation records nothing). The caller has already checked that the viewer may make the read.
   */
  async serve(view: ReleaseView, key: string, stamp: ReleaseStamp, compute: () => Promise<Computed<TResult>>): Promise<TResult> {
    this.forgetOlderThan(stamp);
    const found = this.entries.get(key);
    if (found && found.stamp === stamp.value) {
      this.entries.delete(key);
      this.entries.set(key, found);
      releaseCacheOutcomes.inc({ view, outcome: 'hit' });
      return found.result;
    }
    releaseCacheOutcomes.inc({ view, outcome: 'miss' });
    const { result, seen } = await compute();
    this.drop(key);
    // Recorded only where the figures' own snapshot saw the stamp read before computing, and no
    // newer one has been seen since: a change committed meanwhile (or a read replica that has not
    // caught up yet) leaves nothing recorded, so the next read recomputes.
    if (seen.value === stamp.value && this.latestStamp.get(stamp.frameworkId)?.value === stamp.value) {
      const bytes = this.budget.sizeOf(result);
      if (bytes <= this.budget.maxBytes) {
        while (this.heldBytes + bytes > this.budget.maxBytes) this.drop(this.entries.keys().next().value!);
        this.entries.set(key, { frameworkId: stamp.frameworkId, stamp: stamp.value, result, bytes });
        this.heldBytes += bytes;
      }
    }
    return result;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }

  private forgetOlderThan(stamp: ReleaseStamp): void {
    const latest = this.latestStamp.get(stamp.frameworkId);
    if (latest?.value === stamp.value) return;
    // Stamps only grow; a process that reads an older one (a replica lagging) records nothing under it.
    if (latest !== undefined && !isNewer(stamp, latest)) return;
    this.latestStamp.set(stamp.frameworkId, stamp);
    for (const [key, entry] of this.entries) if (entry.frameworkId === stamp.frameworkId && entry.stamp !== stamp.value) this.drop(key);
  }
}

/** A stamp of everything a framework's figures are computed from. */
export type ReleaseStamp = { frameworkId: string; dataVersion: number; factsVersion: number; value: string };

/** A result worked out afresh, with the stamp its figures' own snapshot saw (releaseStampReads, read in the same statement). */
export type Computed<TResult> = { result: TResult; seen: ReleaseStamp };

const isNewer = (stamp: ReleaseStamp, than: ReleaseStamp) =>
  stamp.dataVersion >= than.dataVersion && stamp.factsVersion >= than.factsVersion;

/** The framework's benchmark_data_version, by a function whose plan the connection keeps (planning the view cost as much as reading it). */
const benchmarkDataVersionRead = (frameworkId: string): Read<{ version: number }> => ({
  sql: `SELECT version FROM touchstone_benchmark_data_version($1)`,
  params: [frameworkId],
});

/** The reads of a framework's stamp, to be read on their own or together with the figures (the same snapshot). */
export const releaseStampReads = (frameworkId: string) => ({
  stampData: benchmarkDataVersionRead(frameworkId),
  stampFacts: councilFactsVersionRead(),
});

/** The stamp those reads' rows make. */
export function releaseStampOf(
  frameworkId: string,
  rows: { stampData: readonly { version: number }[]; stampFacts: readonly { version: number }[] },
): ReleaseStamp {
  const dataVersion = rows.stampData[0]?.version ?? 0;
  const factsVersion = rows.stampFacts[0]?.version ?? 0;
  return { frameworkId, dataVersion, factsVersion, value: `${dataVersion}:${factsVersion}` };
}

/** The framework's stamp, in one round trip (counters only: no viewer transaction). */
export async function readReleaseStamp(run: RunQuery, frameworkId: string): Promise<ReleaseStamp> {
  return releaseStampOf(frameworkId, await readTogether(run, releaseStampReads(frameworkId)));
}

/**
 * The viewer as far as it changes what a read returns: who it is (user, and token if any), its
 * role and the councils row-level security lets it reach. A viewer whose access changes gets a new
 * key, so it is never served what it could read before.
 */
export function viewerScopeOf(viewer: Viewer): string {
  return JSON.stringify([
    viewer.userId,
    viewer.tokenId,
    viewer.role,
    viewer.councilId,
    [...viewer.fullAccessCouncilIds].sort(),
    [...viewer.agreedOnlyCouncilIds].sort(),
  ]);
}

/** Reads answered from recorded releases (hit) or recomputed (miss), by view. */
export const releaseCacheOutcomes = counter(
  'touchstone_release_cache_total',
  'Benchmark reads served from a recorded release (hit) or recomputed (miss), by view (position, sector, matrix).',
  ['view', 'outcome'],
);

/** Time in the release ledger's check, per recomputed read. */
export const releaseLedgerSeconds = histogram(
  'touchstone_release_ledger_seconds',
  'Time spent checking a recomputed read against the release ledger, by view (position, sector, matrix).',
  ['view'],
  [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
);
