/**
 * What the sector view shows, kept in the query string:
 * ?framework=dm-challenge-toolkit&round=2025-26&dimension=progress&groups=region&section=appeals. Pure.
 */
import { DEFAULT_CHOICE, ROUNDS, type Round } from './council-position-choice';

/** Which kind of peer group the heatmap's columns show (all councils is always first). */
export const GROUP_KINDS = ['type', 'region', 'circumstance'] as const;
export type GroupKindChoice = (typeof GROUP_KINDS)[number];

/** The framework, round, dimension (null: the first), kind of peer group, and the section whose distribution is shown (null: the first). */
export type SectorChoice = { framework: string; round: Round; dimension: string | null; groups: GroupKindChoice; section: string | null };

export const DEFAULT_SECTOR_CHOICE: SectorChoice = {
  framework: DEFAULT_CHOICE.framework,
  round: DEFAULT_CHOICE.round,
  dimension: null,
  groups: 'type',
  section: null,
};

const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Reads the choice; anything missing or malformed falls back to the default. */
export function parseSectorChoice(search: string): SectorChoice {
  const params = new URLSearchParams(search);
  const framework = params.get('framework')?.trim().toLowerCase() ?? '';
  const round = params.get('round')?.trim() ?? '';
  const dimension = params.get('dimension')?.trim().toLowerCase() ?? '';
  const groups = params.get('groups')?.trim().toLowerCase() ?? '';
  const section = params.get('section')?.trim().toLowerCase() ?? '';
  return {
    framework: KEY.test(framework) ? framework : DEFAULT_SECTOR_CHOICE.framework,
    round: (ROUNDS as readonly string[]).includes(round) ? (round as Round) : DEFAULT_SECTOR_CHOICE.round,
    dimension: KEY.test(dimension) ? dimension : null,
    groups: (GROUP_KINDS as readonly string[]).includes(groups) ? (groups as GroupKindChoice) : DEFAULT_SECTOR_CHOICE.groups,
    section: KEY.test(section) ? section : null,
  };
}

/** Writes the choice as a query string (with its leading "?"), leaving out a default dimension and section. */
export function serialiseSectorChoice(choice: SectorChoice): string {
  const params = new URLSearchParams({ framework: choice.framework, round: choice.round });
  if (choice.dimension) params.set('dimension', choice.dimension);
  params.set('groups', choice.groups);
  if (choice.section) params.set('section', choice.section);
  return `?${params.toString()}`;
}
