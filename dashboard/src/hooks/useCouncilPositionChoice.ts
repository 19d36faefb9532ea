import { useCallback } from 'react';

import { type CouncilPositionChoice, parseChoice, serialiseChoice } from '../view-models/council-position-choice';

import { useUrlChoice } from './useUrlChoice';

/**
 * The council position page's choice, read from and written to the query string (see useUrlChoice).
 * Null while the URL names no council and the default council (the user's own) is not yet known.
 */
export function useCouncilPositionChoice(
  defaultCouncil: string | null,
): [CouncilPositionChoice | null, (next: CouncilPositionChoice) => void] {
  const parse = useCallback((search: string) => parseChoice(search, defaultCouncil), [defaultCouncil]);
  return useUrlChoice(parse, serialiseChoice);
}
