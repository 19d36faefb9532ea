import type { ErrorLike } from '@apollo/client';
import { useMemo } from 'react';

import type { GetCouncilPositionQueryVariables, PeerGroupSummaryFragment } from '../graphql/generated/graphql';
import type { GetCouncilPositionResult } from '../graphql/queries/getCouncilPosition';
import { groupIn, offeredGroups } from '../view-models/council-position';

import { useCouncilPosition } from './useCouncilPosition';

/** A council's position against the group chosen, with what the group switcher needs. */
export type UsePeerGroupPositionResult = {
  /** The result with the council's default groups: the council, framework and round, known first. */
  base: GetCouncilPositionResult | undefined;
  /** The result holding the chosen group, once it is here. */
  position: GetCouncilPositionResult | undefined;
  group: PeerGroupSummaryFragment | undefined;
  groupKey: string | null;
  /** The first default group (all councils): chosen when the URL names none. */
  defaultGroupKey: string | null;
  /** The groups to offer as one-click choices. */
  offered: PeerGroupSummaryFragment[];
  loading: boolean;
  loadingGroup: boolean;
  error: ErrorLike | undefined;
};

/**
 * The council's default peer groups come in one query, so switching between them needs no new
 * request; a group outside them is asked for on its own.
 */
export function usePeerGroupPosition(
  baseVariables: GetCouncilPositionQueryVariables | null,
  chosenGroup: string | null,
): UsePeerGroupPositionResult {
  const defaults = useCouncilPosition(baseVariables);
  const defaultGroups = defaults.position?.peerGroups;
  const groupKey = chosenGroup ?? defaultGroups?.[0]?.key ?? null;
  const needsOther = defaultGroups !== undefined && groupKey !== null && !defaultGroups.some((g) => g.key === groupKey);
  const otherVariables = useMemo(
    () => (needsOther && baseVariables && groupKey ? { ...baseVariables, peerGroupKeys: [groupKey] } : null),
    [needsOther, baseVariables, groupKey],
  );
  const other = useCouncilPosition(otherVariables);
  const position = needsOther ? other.position : defaults.position;
  const group = groupIn(position, groupKey);
  return {
    base: defaults.position,
    position: defaults.error || other.error ? undefined : position,
    group,
    groupKey,
    defaultGroupKey: defaultGroups?.[0]?.key ?? null,
    offered: defaultGroups ? offeredGroups(defaultGroups, group) : [],
    loading: defaults.loading,
    loadingGroup: other.loading,
    error: defaults.error ?? other.error,
  };
}
