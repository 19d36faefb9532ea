import type { Read } from '../../common/database/read-together';

import { submittingRead, type SubmittingRow } from './benchmark.reads';

/** The councils that submitted in each round of a cut, as the differencing check reads them. */
export type SubmittingByRound = ReadonlyMap<string, ReadonlySet<string>>;

/** What a read returns about the stamp its own snapshot saw (releaseStampReads). */
type Stamped = { stampData: readonly { version: number }[] };

/**
 * Who submitted in each round (participation only, no score), kept per framework and rounds with
 * the framework's benchmark_data_version it was read under. That version moves in the transaction
 * of every change in what is submitted and never goes back, so a read whose own snapshot sees the
 * same version would read the same councils: such a read leaves the participation out of its
 * statement and is given the kept answer. A read that sees another version (a submission committed
 * since) is sent again with the participation in it, so the differencing check always works from
 * the same snapshot as the figures it guards.
 */
export class SubmittingCouncils {
  private readonly kept = new Map<string, { version: number; byRound: SubmittingByRound }>();

  constructor(private readonly maxEntries = DEFAULT_MAX_ENTRIES) {}

  /**
   * Runs `read` (the figures' statement, with the stamp reads) once without the participation where
   * it is known under `expectedVersion` and the statement's snapshot agrees, otherwise with it
   * (as `submitting`), and returns the statement's rows with the participation by round.
   */
  async readWith<TRows extends Stamped>(
    frameworkId: string,
    rounds: string[],
    expectedVersion: number,
    read: (participation: { submitting?: Read<SubmittingRow> }) => Promise<TRows & { submitting?: SubmittingRow[] }>,
  ): Promise<{ rows: TRows; submitting: SubmittingByRound }> {
    const key = `${frameworkId}|${rounds.join(',')}`;
    const known = this.kept.get(key);
    if (known && known.version === expectedVersion) {
      const rows = await read({});
      if (versionOf(rows) === known.version) return { rows, submitting: known.byRound };
    }
    const rows = await read({ submitting: submittingRead(frameworkId, rounds) });
    const byRound: SubmittingByRound = new Map((rows.submitting ?? []).map((r) => [r.round, new Set(r.councils)]));
    this.kept.delete(key);
    this.kept.set(key, { version: versionOf(rows), byRound });
    if (this.kept.size > this.maxEntries) this.kept.delete(this.kept.keys().next().value!);
    return { rows, submitting: byRound };
  }

  /** How many frameworks' and windows' participation is kept. */
  get size(): number {
    return this.kept.size;
  }
}

const versionOf = (rows: Stamped) => rows.stampData[0]?.version ?? 0;

/** Every framework's recent windows several times over; each entry is a few hundred council ids per round. */
const DEFAULT_MAX_ENTRIES = 64;
