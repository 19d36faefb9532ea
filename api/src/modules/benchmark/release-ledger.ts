/**
 * The release ledger: the guard against differencing across time (DESIGN.md §4).
 *
 * What is recorded. Every anonymised figure served (a peer group's median, quartiles, MAD phrase,
 * quartile band and distribution for one cell of a position or of the sector view) is computed
 * from a set of contributing submissions: for its subject (framework version, scope, section /
 * theme / item, dimension), the latest submission in the cut's round or window of each member
 * that answered that subject. The ledger (table benchmark_release) keeps one row per subject and
 * distinct set, with the cut that first served it (view, peer group, rounds) and when. A figure
 * served again from the same set adds nothing, so the ledger grows with the distinct sets, not the
 * reads. Submissions are numbered by the database (release_submission) and a set is a sorted int[].
 * The breakthrough matrix's peer shares are recorded and checked the same way, as one more subject
 * (scope `matrix`, its two dimensions; matrix-release.ts).
 *
 * The rule. Two figures about one subject computed from sets A and B reveal, by subtraction, the
 * submissions in A Δ B. So a new set is served only if, against every set already released for the
 * subject (whichever peer group, round or window released it), it is identical or differs by at
 * least the threshold (the disclosure threshold in force, never below DISCLOSURE_FLOOR); otherwise
 * the figure is withheld with a plain reason. The withheld set is kept too, marked refused and never
 * compared with, because the release it is close to never goes away: its next read is withheld at
 * once, without the slow path. The subject, not the peer
 * group, is the unit: a circumstance recorded and then removed, a window against a round where one
 * council's submission differs, and two groups whose members differ by many but whose contributors
 * to one section (others left it unanswered) differ by one all compare two sets of one subject.
 * The invariant, tested with fast-check over random histories: any two sets released for a subject
 * are equal or differ by at least the threshold.
 *
 * The viewer. A position leaves the viewer's own council out of its peers, and the viewer knows its
 * own submissions, so a release is recorded as its set with the viewer's submission in: the set a
 * third party would need to hold to learn the same. Differences made only of the viewer's own
 * submissions (it re-submitted) tell the viewer nothing, so such a figure is still served to it,
 * but not recorded, since to anyone else the sets do differ.
 *
 * Cost and bounds. Each stored peer distribution cell's set is worked out once, when the cell is
 * built (table release_cell, by a trigger), and touchstone_release_contributors returns it, read in
 * the same statement (the same snapshot) as the figures, with whether exactly that set was released
 * before: then nothing more is done and the set is not even sent (the usual case: one index probe per cell,
 * no lock, no write).
 * Only new sets take the slow path, in a short transaction of their own: an advisory lock per
 * subject (touchstone_lock_release_subjects, in one order, so two processes releasing sets that
 * differ by one at the same moment are serialised and the second sees the first), then the
 * subject's earlier sets whose size is within the threshold (+2 for the viewer's own; |A Δ B| is at
 * least ||A| − |B||, so no other set can be close), compared by one merge pass over sorted arrays
 * that stops at the threshold, then the new sets inserted. Sets grow by at least the threshold
 * between releases, so few sets lie within that size window of any other.
 *
 * Serving a recorded release again (recorded-releases.ts). A read's disclosed result, once this
 * ledger has passed it, is kept in the process and served again to the same viewer for the same
 * arguments while the stamp it was recorded under holds: the framework's benchmark_data_version
 * (bumped in the transaction of every change in what is submitted) and council_facts_version
 * (bumped in the transaction of every change to a council or its circumstances, so to any fixed
 * group's membership). That is sound because such a result holds only figures whose contributing
 * sets this ledger has already released (or had released to this viewer, its own submissions
 * aside) and withheld cells. Every input the figures are computed from — the submissions and their
 * scores, each group's members, the disclosure key and policy — is unchanged under the same stamp,
 * so recomputing would give the same sets, each one already released, and the same figures:
 * serving them again reveals nothing the viewer did not already receive and adds nothing to the
 * ledger. Releases only accumulate (the API role cannot change or remove one), so a set released
 * stays servable and a refused one stays withheld, whatever other reads release meanwhile. The
 * store never computes or changes a figure: the rules stay here and in disclosure.ts. The access
 * check runs on every request before the store is consulted, and the key holds the viewer's
 * identity and the councils its row-level security reaches, so no viewer is served another's.
 */
import type { DataSource } from 'typeorm';

import type { Read } from '../../common/database/read-together';

import type { GroupStatsRow } from './benchmark.reads';
import { type DisclosurePolicy, effectiveThreshold } from './disclosure';

/** Which view serves a release (recorded with the release, for the record only). */
export type ReleaseView = 'position' | 'sector' | 'matrix';

/** A row of touchstone_release_contributors: one cell's contributing submissions, the viewer's submission included. */
export type ContributorsRow = {
  group_key: string;
  subject_id: string;
  dimension_id: string;
  /**
   * Numbers of the contributing submissions, ascending; null where exactly this set was released
   * or refused before (nothing to check).
   */
  submissions: number[] | null;
  /** Exactly this set has been released for this subject before. */
  released: boolean;
  /** Exactly this set was found too close to a release before: withheld at once. */
  refused: boolean;
  /** Every submission the viewer's council has made in this framework (empty without a viewer). */
  viewer_submissions: number[];
};

/**
 * Each asked cell's contributing submissions, to be read in the same statement as the figures: the
 * same cuts, named by the same membership hashes, as the figures' own read (touchstone_group_stats),
 * whose parameters it takes as they are.
 */
export function contributorsRead(figures: Read<GroupStatsRow>): Read<ContributorsRow> {
  return { sql: `SELECT * FROM touchstone_release_contributors($1, $2, $3, $4, $5)`, params: figures.params };
}

/** A figure about to be served: its cell, its subject and the set it was computed from. */
export type ReleaseCandidate = {
  /** The caller's key for the cell (e.g. "group:subject:dimension"); withheld cells come back under it. */
  cell: string;
  subjectId: string;
  dimensionId: string;
  groupKey: string;
  rounds: string[];
  /** Null where the contributors are not known: such a figure is never served unchecked. */
  submissions: readonly number[] | null;
  released: boolean;
  refused: boolean;
};

/** A candidate whose contributors are known. */
type CheckedCandidate = ReleaseCandidate & { submissions: readonly number[] };

/**
 * How many submissions are in one sorted set and not the other, not counting those in `ignore`;
 * counts no further than `limit` (so the answer is min(|A Δ B \ ignore|, limit)).
 */
export function differenceUpTo(a: readonly number[], b: readonly number[], limit: number, ignore: ReadonlySet<number> = NONE): number {
  let i = 0;
  let j = 0;
  let difference = 0;
  const count = (id: number) => {
    if (!ignore.has(id)) difference++;
  };
  while (difference < limit && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) count(a[i++]);
    else if (i >= a.length || b[j] < a[i]) count(b[j++]);
    else {
      i++;
      j++;
    }
  }
  return Math.min(difference, limit);
}

const NONE: ReadonlySet<number> = new Set();

export type ReleaseDecision = { serve: true; record: boolean } | { serve: false; reason: string };

const UNCHECKED_REASON = 'It could not be checked against the figures already published, so it is withheld to protect anonymity.';

export const releaseWithheldReason = (threshold: number) =>
  `It was computed from councils' submissions that differ from those of a figure already published by fewer than ${threshold}, so showing both could reveal individual results.`;

/**
 * Whether a set may be released for a subject, given the sets already released for it and the
 * viewer's own submissions: withheld where it differs from any of them by at least one but fewer
 * than the threshold (not counting the viewer's own); recorded only where it is also identical to,
 * or at least the threshold away from, every one of them counting everything.
 */
export function decideRelease(
  submissions: readonly number[],
  earlier: readonly (readonly number[])[],
  viewerOwn: ReadonlySet<number>,
  threshold: number,
): ReleaseDecision {
  let record = true;
  for (const other of earlier) {
    // |A Δ B| >= ||A| - |B||, and the viewer's own can take at most one from each side.
    if (Math.abs(other.length - submissions.length) >= threshold + 2) continue;
    const hidden = differenceUpTo(submissions, other, threshold, viewerOwn);
    if (hidden > 0 && hidden < threshold) return { serve: false, reason: releaseWithheldReason(threshold) };
    const all = viewerOwn.size === 0 ? hidden : differenceUpTo(submissions, other, threshold);
    if (all > 0 && all < threshold) record = false;
  }
  return { serve: true, record };
}

/** A subject's identity in the ledger and in its lock. */
export const subjectKeyOf = (c: { subjectId: string; dimensionId: string }) => `${c.subjectId}:${c.dimensionId}`;

/**
 * Decides a request's new sets in order against the earlier releases of their subjects, each set
 * recorded as it is decided so that later cells of the same request are held to it too. Returns the
 * cells to withhold (with reasons) and the sets to record.
 */
export function planReleases(
  candidates: readonly ReleaseCandidate[],
  earlierBySubject: ReadonlyMap<string, readonly (readonly number[])[]>,
  viewerOwn: ReadonlySet<number>,
  threshold: number,
): { withheld: Map<string, string>; records: CheckedCandidate[]; refusals: CheckedCandidate[] } {
  const known = new Map([...earlierBySubject].map(([key, sets]) => [key, [...sets]]));
  const withheld = new Map<string, string>();
  const records: CheckedCandidate[] = [];
  const refusals: CheckedCandidate[] = [];
  for (const candidate of candidates) {
    const key = subjectKeyOf(candidate);
    const sets = known.get(key) ?? [];
    if (candidate.submissions === null) {
      withheld.set(candidate.cell, UNCHECKED_REASON);
      continue;
    }
    const decision = decideRelease(candidate.submissions, sets, viewerOwn, threshold);
    const submissions = candidate.submissions;
    if (!decision.serve) {
      withheld.set(candidate.cell, decision.reason);
      refusals.push({ ...candidate, submissions });
      continue;
    }
    if (decision.record && !sets.some((set) => differenceUpTo(set, submissions, 1) === 0)) {
      sets.push(candidate.submissions);
      known.set(key, sets);
      records.push({ ...candidate, submissions });
    }
  }
  return { withheld, records, refusals };
}

/** A cell of a read's figures, named as touchstone_group_stats and touchstone_release_contributors name it. */
export type FigureCell = { group_key: string; subject_id: string; dimension_id: string };

/**
 * The cells of a read that are about to be served, in the order they are served (the peer groups
 * in the order asked, then subject and dimension), with the sets they were computed from; a cell
 * whose set the contributors read did not return (none should be) comes with none, and is withheld.
 * A cell's key is `${prefix}${group}:${subject}:${dimension}`.
 */
export function releaseCandidates(
  contributors: readonly ContributorsRow[],
  cells: Iterable<FigureCell>,
  options: { rounds: string[]; groupOrder: readonly string[]; serves: (cell: FigureCell) => boolean; prefix?: string },
): ReleaseCandidate[] {
  const keyOf = (c: FigureCell) => `${c.group_key}:${c.subject_id}:${c.dimension_id}`;
  const sets = new Map(contributors.map((row) => [keyOf(row), row]));
  const rank = new Map(options.groupOrder.map((key, i) => [key, i]));
  return (
    [...cells]
      .filter((cell) => rank.has(cell.group_key) && options.serves(cell))
      // Plain code-unit order: ids are lower-case uuids, and localeCompare costs more than the ledger's own checks.
      .sort(
        (a, b) =>
          rank.get(a.group_key)! - rank.get(b.group_key)! ||
          byCodeUnits(a.subject_id, b.subject_id) ||
          byCodeUnits(a.dimension_id, b.dimension_id),
      )
      .map((cell) => {
        const row = sets.get(keyOf(cell));
        return {
          cell: `${options.prefix ?? ''}${keyOf(cell)}`,
          subjectId: cell.subject_id,
          dimensionId: cell.dimension_id,
          groupKey: cell.group_key,
          rounds: options.rounds,
          submissions: row?.submissions ?? null,
          released: row?.released ?? false,
          refused: row?.refused ?? false,
        };
      })
  );
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The viewer's own submissions, from any row of a contributors read (each row carries them). */
export const viewerSubmissionsOf = (rows: readonly Pick<ContributorsRow, 'viewer_submissions'>[]): Set<number> =>
  new Set(rows[0]?.viewer_submissions ?? []);

/** Checks and records releases in the ledger (benchmark_release): the benchmark module's only writer of it. */
export class ReleaseLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: DisclosurePolicy,
  ) {}

  /**
   * Applies the ledger to a read's candidates (in the order they would be served): returns the cells
   * to withhold, with reasons, having recorded the new sets that are served. Sets released before
   * are served without a lock or a write.
   */
  async withhold(
    frameworkId: string,
    scope: string,
    view: ReleaseView,
    candidates: readonly ReleaseCandidate[],
    viewerOwn: ReadonlySet<number>,
  ): Promise<Map<string, string>> {
    const threshold = effectiveThreshold(this.policy);
    // A set refused before stays refused: the releases it is close to are never removed.
    const refusedBefore = new Map(candidates.filter((c) => c.refused).map((c) => [c.cell, releaseWithheldReason(threshold)]));
    const fresh = candidates.filter((c) => !c.released && !c.refused);
    if (fresh.length === 0) return refusedBefore;
    const checked = await this.dataSource.transaction(async (manager) => {
      const subjects = [...new Set(fresh.map(subjectKeyOf))];
      await manager.query(`SELECT touchstone_lock_release_subjects($1)`, [subjects.map((s) => `${frameworkId}:${scope}:${s}`)]);
      const ranges = new Map<string, { subject_id: string; dimension_id: string; lo: number; hi: number }>();
      for (const c of fresh) {
        const key = subjectKeyOf(c);
        const range = ranges.get(key) ?? { subject_id: c.subjectId, dimension_id: c.dimensionId, lo: Infinity, hi: -Infinity };
        const size = c.submissions?.length ?? 0;
        range.lo = Math.min(range.lo, size - threshold - 1);
        range.hi = Math.max(range.hi, size + threshold + 1);
        ranges.set(key, range);
      }
      const rows: { subject_id: string; dimension_id: string; submissions: number[] }[] = await manager.query(
        `SELECT r.subject_id, r.dimension_id, r.submissions
           FROM jsonb_to_recordset($3) AS q(subject_id uuid, dimension_id uuid, lo int, hi int)
           JOIN benchmark_release r
             ON r.framework_id = $1 AND r.scope = $2 AND r.subject_id = q.subject_id AND r.dimension_id = q.dimension_id
            AND r.size BETWEEN q.lo AND q.hi AND NOT r.refused`,
        [frameworkId, scope, JSON.stringify([...ranges.values()])],
      );
      const earlier = new Map<string, number[][]>();
      for (const row of rows) {
        const key = subjectKeyOf({ subjectId: row.subject_id, dimensionId: row.dimension_id });
        earlier.set(key, [...(earlier.get(key) ?? []), row.submissions]);
      }
      const plan = planReleases(fresh, earlier, viewerOwn, threshold);
      const entries = [...plan.records.map((r) => ({ r, refused: false })), ...plan.refusals.map((r) => ({ r, refused: true }))];
      if (entries.length > 0)
        await manager.query(
          `INSERT INTO benchmark_release (framework_id, scope, subject_id, dimension_id, submissions_hash, size, submissions, view, group_key, rounds, refused)
           SELECT $1, $2, r.subject_id, r.dimension_id, md5(r.submissions::text)::uuid, cardinality(r.submissions), r.submissions, $3, r.group_key, r.rounds, r.refused
             FROM jsonb_to_recordset($4) AS r(subject_id uuid, dimension_id uuid, submissions int[], group_key text, rounds text[], refused boolean)
           ON CONFLICT ON CONSTRAINT uq_benchmark_release_subject_set DO NOTHING`,
          [
            frameworkId,
            scope,
            view,
            JSON.stringify(
              entries.map(({ r, refused }) => ({
                subject_id: r.subjectId,
                dimension_id: r.dimensionId,
                submissions: r.submissions,
                group_key: r.groupKey,
                rounds: r.rounds,
                refused,
              })),
            ),
          ],
        );
      return plan.withheld;
    });
    return new Map([...refusedBefore, ...checked]);
  }
}
