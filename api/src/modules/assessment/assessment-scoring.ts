import { displayScore, scoreDenominator } from '../../common/exact-score';
import { interquartileRange } from '../../common/statistics';
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

/** What one item on one dimension was given: the agreed level's position, and each participant's level. */
type Cell = { agreed: number | undefined; positions: number[]; scaled: number[] };

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
  // Cells by dimension, then item: keyed by the ids themselves, so ~1,400 responses build no key strings.
  const cells = new Map<string, Map<string, Cell>>();
  const cellOf = (itemId: string, dimensionId: string): Cell => {
    let byItem = cells.get(dimensionId);
    if (!byItem) cells.set(dimensionId, (byItem = new Map()));
    let found = byItem.get(itemId);
    if (!found) byItem.set(itemId, (found = { agreed: undefined, positions: [], scaled: [] }));
    return found;
  };
  for (const r of agreed) cellOf(r.itemId, r.dimensionId).agreed = levelOf(r.levelId).position;
  for (const r of responses) {
    const level = levelOf(r.levelId);
    const found = cellOf(r.itemId, r.dimensionId);
    found.positions.push(level.position);
    // Spread is the council's own figure, never compared across councils: plain 0–100 arithmetic is enough.
    found.scaled.push((100 * level.position) / (level.of - 1));
  }
  const unrated: Cell = { agreed: undefined, positions: [], scaled: [] };

  const allItemIds = structure.sections.flatMap((s) => s.itemIds);
  const scores: ComputedScore[] = [];
  for (const dimensionId of structure.dimensionIds) {
    const levels = structure.levelCounts.get(dimensionId);
    if (levels === undefined) throw new Error(`Dimension ${dimensionId} is not part of this framework`);
    const rated = cells.get(dimensionId);
    const byItem = new Map<string, { halfSteps: number | null; spread: number | null }>();
    for (const itemId of allItemIds) {
      const { agreed: agreedPosition, positions, scaled } = rated?.get(itemId) ?? unrated;
      byItem.set(itemId, {
        halfSteps: agreedPosition !== undefined ? 2 * agreedPosition : medianHalfSteps(positions),
        spread: interquartileRange(scaled),
      });
    }
    const rollUp = (scope: ScoreScope, subjectId: string, itemIds: string[]) => {
      const denominator = scoreDenominator(levels, itemIds.length);
      // The answered items' half-steps summed, and their spreads' mean, in the subject's item order.
      let answered = 0;
      let sum = 0;
      let spreads = 0;
      let spreadSum = 0;
      for (const id of itemIds) {
        const item = byItem.get(id)!;
        if (item.halfSteps === null) continue;
        answered++;
        sum += item.halfSteps;
        if (item.spread !== null) {
          spreads++;
          spreadSum += item.spread;
        }
      }
      // The mean of the answered items' half-steps over the subject's denominator. denominator / (2 × (levels − 1)) is
      // the least common multiple of 1..items, so dividing it by the answered count is exact.
      const numerator = answered === 0 ? null : sum * (denominator / (2 * (levels - 1)) / answered);
      scores.push({
        scope,
        subjectId,
        dimensionId,
        score: numerator === null ? null : displayScore(numerator, denominator),
        numerator,
        denominator,
        answered,
        total: itemIds.length,
        spread: spreads === 0 ? null : spreadSum / spreads,
      });
    };
    for (const itemId of allItemIds) rollUp('item', itemId, [itemId]);
    for (const section of structure.sections) rollUp('section', section.id, section.itemIds);
    for (const theme of structure.themes) rollUp('theme', theme.id, theme.itemIds);
  }
  return scores;
}
