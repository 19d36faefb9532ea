/**
 * What the collaboration view shows, kept in the query string:
 * ?group=<id>&framework=improvement-breakthroughs&round=2025-26. Pure.
 */
import { ROUNDS, type Round } from './council-position-choice';

/** The group (null: the first the viewer belongs to), framework and round on show. */
export type CollaborationChoice = { group: string | null; framework: string; round: Round };

export const DEFAULT_COLLABORATION_CHOICE: CollaborationChoice = { group: null, framework: 'improvement-breakthroughs', round: ROUNDS[0] };

const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the choice; anything missing or malformed falls back to the default. */
export function parseCollaborationChoice(search: string): CollaborationChoice {
  const params = new URLSearchParams(search);
  const group = params.get('group')?.trim().toLowerCase() ?? '';
  const framework = params.get('framework')?.trim().toLowerCase() ?? '';
  const round = params.get('round')?.trim() ?? '';
  return {
    group: ID.test(group) ? group : null,
    framework: KEY.test(framework) ? framework : DEFAULT_COLLABORATION_CHOICE.framework,
    round: (ROUNDS as readonly string[]).includes(round) ? (round as Round) : DEFAULT_COLLABORATION_CHOICE.round,
  };
}

/** Writes the choice as a query string (with its leading "?"), leaving out a default group. */
export function serialiseCollaborationChoice(choice: CollaborationChoice): string {
  const params = new URLSearchParams();
  if (choice.group) params.set('group', choice.group);
  params.set('framework', choice.framework);
  params.set('round', choice.round);
  return `?${params.toString()}`;
}
