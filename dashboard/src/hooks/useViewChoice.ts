import { useCallback } from 'react';

import { parseViewChoice, serialiseViewChoice, type ViewChoice } from '../view-models/view-choice';

import { useUrlChoice } from './useUrlChoice';

/**
 * A view's council, round and group, read from and written to the query string (see useUrlChoice).
 * Null while the URL names no council and the default council (the user's own) is not yet known.
 */
export function useViewChoice(defaultCouncil: string | null): [ViewChoice | null, (next: ViewChoice) => void] {
  const parse = useCallback((search: string) => parseViewChoice(search, defaultCouncil), [defaultCouncil]);
  return useUrlChoice(parse, serialiseViewChoice);
}
