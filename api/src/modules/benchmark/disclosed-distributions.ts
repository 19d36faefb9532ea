import { type DisclosedDistribution, discloseDistributions, type DisclosurePolicy, type DistributionCell } from './disclosure';

/**
 * discloseDistributions's answers, kept for the cuts asked most recently. A cut's distributions are
 * disclosed from nothing but its counts, the policy and its cell (whose keyed hash draws the
 * pseudo-totals), so the same cut with the same counts is always disclosed the same way: another
 * council's position against a group it is not in asks exactly what the last one did. Answers are
 * kept under the cell's key and the counts, and all are forgotten if the disclosure key changes.
 */
export class DisclosedDistributions {
  private readonly kept = new Map<string, DisclosedDistribution[]>();
  private secret: string | null = null;

  constructor(
    private readonly policy: DisclosurePolicy,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
  ) {}

  /** discloseDistributions(countsBySubject, policy, cell), worked out once per cell and counts. */
  disclose(countsBySubject: number[][], cell: DistributionCell): DisclosedDistribution[] {
    if (cell.secret !== this.secret) {
      this.kept.clear();
      this.secret = cell.secret;
    }
    const key = `${cell.key}\n${JSON.stringify(countsBySubject)}`;
    const found = this.kept.get(key);
    if (found) return found;
    // Shared by every read that asks the same, so frozen: no reader can change what another is served.
    const disclosed = discloseDistributions(countsBySubject, this.policy, cell).map((d) =>
      Object.freeze(d.suppressed ? d : { ...d, shares: Object.freeze(d.shares) as number[] }),
    );
    this.kept.set(key, disclosed);
    if (this.kept.size > this.maxEntries) this.kept.delete(this.kept.keys().next().value!);
    return disclosed;
  }

  /** How many cuts' answers are kept. */
  get size(): number {
    return this.kept.size;
  }
}

/** A few thousand cuts (each a few kilobytes): every group and dimension of the recent rounds many times over. */
const DEFAULT_MAX_ENTRIES = 2048;
