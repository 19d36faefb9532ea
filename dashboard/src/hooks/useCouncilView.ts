import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';

import type { ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { accessMessage } from '../format/access-message';
import { pageErrorMessages } from '../graphql/errors';
import { GET_COUNCILS, type GetCouncilsCouncil } from '../graphql/queries/getCouncils';
import { councilsOffered, firstReadableCouncil } from '../view-models/council-choices';
import { defaultCouncilFor } from '../view-models/council-position-choice';
import { parseViewChoice, serialiseViewChoice, type ViewChoice } from '../view-models/view-choice';

import { useReadableCouncils } from './useReadableCouncils';
import { useUrlChoice } from './useUrlChoice';
import type { Viewer } from './useViewer';

/** How a view reads its choice from the query string, given the default council, and writes it back; module-level, so stable. */
export type ChoiceInUrl<TChoice> = {
  parse: (search: string, defaultCouncil: string | null) => TChoice | null;
  serialise: (choice: TChoice) => string;
};

/** The council, round and group, for the views that choose only those. */
export const VIEW_CHOICE_IN_URL: ChoiceInUrl<ViewChoice> = { parse: parseViewChoice, serialise: serialiseViewChoice };

/** What a council view needs to choose what to show: the councils, the choice in the URL and a way to change it. */
export type UseCouncilViewResult<TChoice = ViewChoice> = {
  /** Every council, to name any council the URL or an error mentions. */
  councils: GetCouncilsCouncil[];
  /** The councils the council select offers this user. */
  offeredCouncils: GetCouncilsCouncil[];
  councilsLoading: boolean;
  councilsLoaded: boolean;
  councilsError: ErrorLike | undefined;
  /** Null while the URL names no council and the default council (the user's own) is not yet known. */
  choice: TChoice | null;
  /** Chooses again, pushing a history entry so the back button returns to the previous view. */
  setChoice: (next: TChoice) => void;
};

/**
 * The councils (sorted by name), those offered to this user, and the view's choice in the URL
 * (read and written by inUrl), defaulting to the viewer's own council.
 */
export function useCouncilView<TChoice extends { council: string }>(
  viewer: Viewer,
  inUrl: ChoiceInUrl<TChoice>,
): UseCouncilViewResult<TChoice> {
  const councilsQuery = useQuery(GET_COUNCILS);
  const readableIds = useReadableCouncils(viewer);
  // If the list of councils cannot be had, fall back rather than wait for ever: its error is shown.
  const defaultCouncil = viewDefaultCouncil(viewer, councilsQuery.data?.councils, councilsQuery.error !== undefined, readableIds);
  const parse = useCallback((search: string) => inUrl.parse(search, defaultCouncil), [inUrl, defaultCouncil]);
  const [choice, setChoice] = useUrlChoice(parse, inUrl.serialise);
  const councils = useMemo(
    () => [...(councilsQuery.data?.councils ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    [councilsQuery.data],
  );
  // Council users are offered their own council only: they cannot see another's results.
  const offeredCouncils = useMemo(
    () => councilsOffered(viewer, councils, choice?.council ?? null, readableIds),
    [viewer, councils, choice?.council, readableIds],
  );
  return {
    councils,
    offeredCouncils,
    councilsLoading: councilsQuery.loading,
    councilsLoaded: councilsQuery.data !== undefined,
    councilsError: councilsQuery.error,
    choice,
    setChoice,
  };
}

/**
 * The council a view shows when the URL names none: the user's own, or for a PAS analyst the first
 * that shares with PAS (null, so the view waits, until that list is known).
 */
export function viewDefaultCouncil(
  viewer: Viewer,
  councils: GetCouncilsCouncil[] | undefined,
  councilsFailed: boolean,
  readableIds: readonly string[] | null | undefined,
): string | null {
  const own = defaultCouncilFor(viewer.councilId, councils ?? (councilsFailed ? [] : undefined));
  if (viewer.role !== 'PAS_ANALYST' || readableIds === null) return own;
  if (readableIds === undefined || councils === undefined) return councilsFailed ? own : null;
  return firstReadableCouncil(viewer, councils, readableIds) ?? own;
}

/** API reasons that are about the council chosen, so the error summary links to the council field. */
const COUNCIL_REASONS = new Set(['COUNCIL_NOT_FOUND', 'FORBIDDEN']);

/**
 * The error summary's items for a view's errors (without "sign in", which the Apollo link handles),
 * with a refusal explained in terms of the council, and the message for the council field.
 */
export function useViewErrors(
  errors: (ErrorLike | undefined)[],
  viewer: Viewer,
  councilCode: string | null,
  councils: GetCouncilsCouncil[],
  councilFieldShown: boolean,
): { errorItems: ErrorSummaryItem[]; councilError: string | undefined } {
  // Cheap, and the errors arrive as a fresh list each render: computed, not memoised.
  {
    const messages = pageErrorMessages(errors);
    const unique = [...new Map(messages.map((m) => [m.message, m])).values()];
    let councilError: string | undefined;
    const errorItems = unique.map((m): ErrorSummaryItem => {
      const text = m.code === 'FORBIDDEN' && councilCode ? accessMessage(viewer, councilCode, councils, m.message) : m.message;
      if (!councilFieldShown || !m.reason || !COUNCIL_REASONS.has(m.reason)) return { text };
      councilError ??= text;
      return { text, href: '#council' };
    });
    return { errorItems, councilError };
  }
}
