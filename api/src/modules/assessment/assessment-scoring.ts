import { displayScore, scoreDenominator } from '../../common/exact-score';
import { interquartileRange, mean } from '../../common/statistics';
import { type Framework, FrameworkIndex } from '../framework/index';

import type { ScoreScope } from './assessment-score.entity';

/** What scoring needs to know about a framework version: which items make up each section and theme. */
export type ScoringStructure = {
  sections: { id: string; itemIds: string[] }[];
  themes: { id: string; itemIds: string[] }[];
  dimensionIds: string[];
  /** Each level's position on its scale (0 = lowest) and how many levels the scale has. */
  levels: Map<string, { position: number; of: number }>;
  /** How many levels each dimension's scale has. */
  levelCounts: Map<string, number>;
};

/** Builds the scoring structure (sections, themes, dimensions, level scores) of a framework version. */
export function scoringStructureOf(framework: Framework): ScoringStructure {
  const index = new FrameworkIndex(framework);
  const itemsByTheme = new Map(framework.themes.map((t) => [t.id, [] as string[]]));
  for (const item of index.items.values()) for (const theme of item.themes) itemsByTheme.get(theme.id)?.push(item.id);
  return {
    sections: framework.sections.map((s) => ({ id: s.id, itemIds: s.items.map((i) => i.id) })),
    themes: framework.themes.map((t) => ({ id: t.id, itemIds: itemsByTheme.get(t.id) ?? [] })),
    dimensionIds: framework.dimensions.map((d) => d.id),
    levels: new Map(
      [...index.dimensions.values()].flatMap((d) => d.levels.map((l) => [l.id, { position: l.position, of: d.levels.length }] as const)),
    ),
    levelCounts: new Map(framework.dimensions.map((d) => [d.id, d.levels.length])),
  };
}

export type Rating = { itemId: string; dimensionId: string; levelId: string };
export type ParticipantRating = Rating & { participantId: string };

export type ComputedScore = {
  scope: ScoreScope;
  subjectId: string;
  dimensionId: string;
  /** The 0–100 figure, for display: displayScore(numerator, denominator). */
  score: number | null;
  /** The exact score: numerator / denominator of the way up the scale, or null when nothing was answered. */
  numerator: number | null;
  /** The subject's denominator (common/exact-score.ts): the same for every council's score of the subject. */
  denominator: number;
  answered: number;
  total: number;
  spread: number | null;
};

const cell = (itemId: string, dimensionId: string) => `${itemId}:${dimensionId}`;

/** The median of levels in half-steps (2 × level): whole, since the median of two levels is halfway between them. */
function medianHalfSteps(positions: number[]): number | null {
  if (positions.length === 0) return null;
  const sorted = [...positions].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return sorted[Math.floor(middle)] + sorted[Math.ceil(middle)];
}

/**
 * Scores an assessment as DESIGN.md §3 defines: an item's score is the agreed rating, or the
 * participants' median where no rating was agreed; a section's or theme's score is the mean of its
 * answered items, with coverage (answered of total) and spread (the mean of the items'
 * interquartile ranges of participants' scores) alongside. Scores are exact (common/exact-score.ts):
 * worked in half-steps of the scale and kept as a numerator over the subject's denominator.
 */
export function scoreAssessment(structure: ScoringStructure, agreed: Rating[], responses: ParticipantRating[]): ComputedScore[] {
  const levelOf = (levelId: string) => {
    const level = structure.levels.get(levelId);
    if (level === undefined) throw new Error(`Level ${levelId} is not part of this framework`);
    return level;
  };
  const agreedPositions = new Map(agreed.map((r) => [cell(r.itemId, r.dimensionId), levelOf(r.levelId).position]));
  const participantLevels = new Map<string, { position: number; of: number }[]>();
  for (const r of responses) {
    const key = cell(r.itemId, r.dimensionId);
    const list = participantLevels.get(key) ?? [];
    list.push(levelOf(r.levelId));
    participantLevels.set(key, list);
  }

  const itemScore = (itemId: string, dimensionId: string) => {
    const key = cell(itemId, dimensionId);
    const fromParticipants = participantLevels.get(key) ?? [];
    const agreedPosition = agreedPositions.get(key);
    return {
      halfSteps: agreedPosition !== undefined ? 2 * agreedPosition : medianHalfSteps(fromParticipants.map((l) => l.position)),
      // Spread is the council's own figure, never compared across councils: plain 0–100 arithmetic is enough.
      spread: interquartileRange(fromParticipants.map((l) => (100 * l.position) / (l.of - 1))),
    };
  };

  const allItemIds = structure.sections.flatMap((s) => s.itemIds);
  const scores: ComputedScore[] = [];
  for (const dimensionId of structure.dimensionIds) {
    const levels = structure.levelCounts.get(dimensionId);
    if (levels === undefined) throw new Error(`Dimension ${dimensionId} is not part of this framework`);
    const byItem = new Map(allItemIds.map((itemId) => [itemId, itemScore(itemId, dimensionId)]));
    const rollUp = (scope: ScoreScope, subjectId: string, itemIds: string[]) => {
      const denominator = scoreDenominator(levels, itemIds.length);
      const answered = itemIds.map((id) => byItem.get(id)!).filter((s) => s.halfSteps !== null);
      // The mean of the answered items' half-steps over the subject's denominator. denominator / (2 × (levels − 1)) is
      // the least common multiple of 1..items, so dividing it by the answered count is exact.
      const sum = answered.reduce((total, s) => total + (s.halfSteps as number), 0);
      const numerator = answered.length === 0 ? null : sum * (denominator / (2 * (levels - 1)) / answered.length);
      scores.push({
        scope,
        subjectId,
        dimensionId,
        score: numerator === null ? null : displayScore(numerator, denominator),
        numerator,
        denominator,
        answered: answered.length,
        total: itemIds.length,
        spread: mean(answered.map((s) => s.spread).filter((s): s is number => s !== null)),
      });
    };
    for (const itemId of allItemIds) rollUp('item', itemId, [itemId]);
    for (const section of structure.sections) rollUp('section', section.id, section.itemIds);
    for (const theme of structure.themes) rollUp('theme', theme.id, theme.itemIds);
  }
  return scores;
}
