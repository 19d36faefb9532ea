import type { CouncilFacts, CouncilService } from '../council/index';

import { fixedPeerGroups, type PeerGroup, PeerGroupKind } from './peer-group';
import { PeerGroupError, PeerGroupErrorCode } from './peer-group.errors';

/** Fixed peer groups and who is in them in a round. */
export class PeerGroupService {
  private councils: Promise<CouncilFacts[]> | null = null;
  private groups: Promise<PeerGroup[]> | null = null;
  /** Group-defining circumstances per round, with the facts stamp they were read under (see membersInRound). */
  /** Every fixed group's members per round, with the facts stamp they were worked out under (see allMembersInRound). */
  private readonly allMembersByRound = new Map<string, { stamp: number; members: Promise<ReadonlyMap<string, readonly string[]>> }>();
  private readonly circumstancesByRound = new Map<string, { stamp: number; rows: ReturnType<CouncilService['circumstancesInRound']> }>();

  /** minCouncils: the fewest contributing councils any figure is shown for (DISCLOSURE_MIN_COUNCILS). */
  constructor(
    private readonly councilService: CouncilService,
    private readonly minCouncils: number,
  ) {}

  /**
   * Every fixed peer group, in preference order. A type or region group with fewer councils than
   * minCouncils is marked always withheld: whoever asks, fewer than that many others contribute.
   */
  findAll(): Promise<PeerGroup[]> {
    // Worked out once, from the council reference data read once (councilFacts); every read asks for it several times.
    this.groups ??= this.groupsOf();
    return this.groups;
  }

  private async groupsOf(): Promise<PeerGroup[]> {
    const councils = await this.councilFacts();
    const types = [...new Set(councils.map((c) => c.type))].sort();
    const regions = [...new Set(councils.map((c) => c.region).filter((r): r is string => r !== null))].sort();
    const size = (g: PeerGroup) =>
      g.kind === PeerGroupKind.TYPE
        ? councils.filter((c) => c.type === g.value).length
        : g.kind === PeerGroupKind.REGION
          ? councils.filter((c) => c.region === g.value).length
          : null;
    return fixedPeerGroups(types, regions).map((g) => {
      const members = size(g);
      g.alwaysWithheld = members !== null && members < this.minCouncils;
      return g;
    });
  }

  /** The peer groups with these keys, in the order given; throws PEER_GROUP_NOT_FOUND. */
  async findByKeysOrThrow(keys: string[]): Promise<PeerGroup[]> {
    const all = await this.findAll();
    return keys.map((key) => {
      const found = all.find((g) => g.key === key);
      if (!found) throw new PeerGroupError(PeerGroupErrorCode.PEER_GROUP_NOT_FOUND, `No peer group "${key}".`);
      return found;
    });
  }

  /** The default comparison set for a council, given every group's members in the round: all councils, its type, its region, and circumstance groups it is in (up to five). */
  async defaultsFor(councilId: string, members: ReadonlyMap<string, readonly string[]>): Promise<PeerGroup[]> {
    const all = await this.findAll();
    const council = (await this.councilFacts()).find((c) => c.id === councilId);
    const own = all.filter((g) => g.kind === PeerGroupKind.CIRCUMSTANCE && members.get(g.key)?.includes(councilId));
    const chosen = [
      all[0],
      all.find((g) => g.key === `type:${council?.type}`),
      all.find((g) => g.key === `region:${council?.region}`),
      ...own,
      all.find((g) => g.key === 'circumstance:high-performing'),
    ];
    return [...new Set(chosen.filter((g): g is PeerGroup => g !== undefined))].slice(0, 5);
  }

  /**
   * Members of each group in a round: type and region from the reference data; circumstances
   * recorded for the round, or official facts (such as a designation) in force during it. Given the
   * council facts stamp read before (councilFactsVersionRead), the round's circumstances are read
   * once per stamp and kept; without one they are read every time.
   */
  async membersInRound(groups: PeerGroup[], round: string, factsStamp?: number): Promise<Map<string, string[]>> {
    const councils = await this.councilFacts();
    const circumstances = await this.circumstancesInRound(round, factsStamp);
    return new Map(
      groups.map((g) => {
        switch (g.kind) {
          case PeerGroupKind.ALL:
            return [g.key, councils.map((c) => c.id)];
          case PeerGroupKind.TYPE:
            return [g.key, councils.filter((c) => c.type === g.value).map((c) => c.id)];
          case PeerGroupKind.REGION:
            return [g.key, councils.filter((c) => c.region === g.value).map((c) => c.id)];
          case PeerGroupKind.CIRCUMSTANCE:
            return [g.key, [...new Set(circumstances.filter((c) => g.circumstances.includes(c.kind)).map((c) => c.councilId))]];
        }
      }),
    );
  }

  /**
   * Every fixed group's members in a round, as membersInRound gives them under the council facts
   * stamp read before: worked out once per round and stamp, and shared by every read under it, so
   * the lists are frozen.
   */
  allMembersInRound(round: string, factsStamp: number): Promise<ReadonlyMap<string, readonly string[]>> {
    const kept = this.allMembersByRound.get(round);
    if (kept && kept.stamp === factsStamp) return kept.members;
    const members = this.findAll()
      .then((groups) => this.membersInRound(groups, round, factsStamp))
      .then((byGroup) => new Map([...byGroup].map(([key, ids]): [string, readonly string[]] => [key, Object.freeze(ids)])));
    this.allMembersByRound.delete(round);
    this.allMembersByRound.set(round, { stamp: factsStamp, members });
    members.catch(() => this.allMembersByRound.get(round)?.members === members && this.allMembersByRound.delete(round));
    while (this.allMembersByRound.size > MAX_ROUNDS_KEPT) this.allMembersByRound.delete(this.allMembersByRound.keys().next().value!);
    return members;
  }

  private circumstancesInRound(round: string, stamp: number | undefined): ReturnType<CouncilService['circumstancesInRound']> {
    if (stamp === undefined) return this.councilService.circumstancesInRound(round);
    const kept = this.circumstancesByRound.get(round);
    if (kept && kept.stamp === stamp) return kept.rows;
    const rows = this.councilService.circumstancesInRound(round);
    // Kept under the stamp read before the query: a change meanwhile moved the stamp, so the next read asks again.
    this.circumstancesByRound.delete(round);
    this.circumstancesByRound.set(round, { stamp, rows });
    rows.catch(() => this.circumstancesByRound.get(round)?.rows === rows && this.circumstancesByRound.delete(round));
    while (this.circumstancesByRound.size > MAX_ROUNDS_KEPT)
      this.circumstancesByRound.delete(this.circumstancesByRound.keys().next().value!);
    return rows;
  }

  private councilFacts(): Promise<CouncilFacts[]> {
    this.councils ??= this.councilService.allFacts().catch((error: unknown) => {
      this.councils = null;
      this.groups = null;
      throw error;
    });
    return this.councils;
  }
}

/** Rounds whose circumstances are kept at once (rounds are few; arguments could name many). */
const MAX_ROUNDS_KEPT = 32;
