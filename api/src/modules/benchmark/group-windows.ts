import { MAX_WINDOW, windowOf } from '../../common/round';
import type { PeerGroup } from '../peer-group/index';

import type { SubmittingByRound } from './submitting-councils';

/** For each group (in the order given), its contributing councils in the windows of 1 to MAX_WINDOW rounds. */
export type ContributorsByWindow = readonly (readonly ReadonlySet<string>[])[];

/**
 * Every fixed group's contributing councils in each window ending with a round, the viewer's own
 * council included (the differencing check leaves it out: groupsTooCloseToServe's `leftOut`),
 * worked out once per membership and participation. Both arrive as shared objects that stand for
 * one stamp (PeerGroupService.allMembersInRound per council facts version, SubmittingCouncils per
 * data version), so they key the answers, and a newer stamp's objects simply miss.
 */
export class GroupWindows {
  private readonly kept = new WeakMap<
    object,
    WeakMap<object, Map<string, { groups: readonly PeerGroup[]; windows: ContributorsByWindow }>>
  >();

  /** The groups' contributors in each window (index 0: the round alone) ending with `endRound`. */
  of(
    groups: readonly PeerGroup[],
    endRound: string,
    members: ReadonlyMap<string, readonly string[]>,
    submitting: SubmittingByRound,
  ): ContributorsByWindow {
    let byParticipation = this.kept.get(members);
    if (!byParticipation) this.kept.set(members, (byParticipation = new WeakMap()));
    let byRound = byParticipation.get(submitting);
    if (!byRound) byParticipation.set(submitting, (byRound = new Map()));
    const found = byRound.get(endRound);
    if (found && found.groups === groups) return found.windows;
    const windows = contributorsByWindow(groups, endRound, members, submitting);
    byRound.set(endRound, { groups, windows });
    return windows;
  }
}

/**
 * The smallest window (1 to MAX_WINDOW rounds ending with endRound) each council submitted in: it
 * contributes to that window and every larger one. One pass over each group's members then fills
 * all of its windows.
 */
function contributorsByWindow(
  groups: readonly PeerGroup[],
  endRound: string,
  members: ReadonlyMap<string, readonly string[]>,
  submitting: SubmittingByRound,
): ContributorsByWindow {
  const rounds = windowOf(endRound, MAX_WINDOW).reverse();
  const firstWindow = new Map<string, number>();
  rounds.forEach((round, i) => {
    for (const id of submitting.get(round) ?? []) if (!firstWindow.has(id)) firstWindow.set(id, i + 1);
  });
  return groups.map((g) => {
    const windows = Array.from({ length: MAX_WINDOW }, () => new Set<string>());
    for (const id of members.get(g.key) ?? []) {
      const first = firstWindow.get(id);
      if (first === undefined) continue;
      for (let window = first; window <= MAX_WINDOW; window++) windows[window - 1].add(id);
    }
    return windows;
  });
}
