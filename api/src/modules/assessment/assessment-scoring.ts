import { interquartileRange, mean, median } from '../../common/statistics';
import { type Framework, FrameworkIndex } from '../framework/index';

import type { ScoreScope } from './assessment-score.entity';

/** What scoring needs to know about a framework version: which items make up each section and theme. */
export type ScoringStructure = {
  sections: { id: string; itemIds: string[] }[];
  themes: { id: string; itemIds: string[] }[];
  dimensionIds: string[];
  /** Each level's position on the 0–100 score scale. */
  levelScores: Map<string, number>;
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
    levelScores: index.levelScores,
  };
}

export type Rating = { itemId: string; dimensionId: string; levelId: string };
export type ParticipantRating = Rating & { participantId: string };

export type ComputedScore = {
  scope: ScoreScope;
  subjectId: string;
  dimensionId: string;
  score: number | null;
  answered: number;
  total: number;
  spread: number | null;
};

const cell = (itemId: string, dimensionId: string) => `${itemId}:${dimensionId}`;

/**
 * Scores an assessment as DESIGN.md §3 defines: an item's score is the agreed rating, or the
 * participants' median where no rating was agreed; a section's or theme's score is the mean of its
 * answered items, with coverage (answered of total) and spread (the mean of the items'
 * interquartile ranges of participants' scores) alongside.
 */
export function scoreAssessment(structure: ScoringStructure, agreed: Rating[], responses: ParticipantRating[]): ComputedScore[] {
  const levelScore = (levelId: string) => {
    const score = structure.levelScores.get(levelId);
    if (score === undefined) throw new Error(`Level ${levelId} is not part of this framework`);
    return score;
  };
  const agreedScores = new Map(agreed.map((r) => [cell(r.itemId, r.dimensionId), levelScore(r.levelId)]));
  const participantScores = new Map<string, number[]>();
  for (const r of responses) {
    const key = cell(r.itemId, r.dimensionId);
    const list = participantScores.get(key) ?? [];
    list.push(levelScore(r.levelId));
    participantScores.set(key, list);
  }

  const itemScore = (itemId: string, dimensionId: string) => {
    const key = cell(itemId, dimensionId);
    const fromParticipants = participantScores.get(key) ?? [];
    return {
      score: agreedScores.get(key) ?? median(fromParticipants),
      spread: interquartileRange(fromParticipants),
    };
  };

  const allItemIds = structure.sections.flatMap((s) => s.itemIds);
  const scores: ComputedScore[] = [];
  for (const dimensionId of structure.dimensionIds) {
    const byItem = new Map(allItemIds.map((itemId) => [itemId, itemScore(itemId, dimensionId)]));
    const rollUp = (scope: ScoreScope, subjectId: string, itemIds: string[]) => {
      const answered = itemIds.map((id) => byItem.get(id)!).filter((s) => s.score !== null);
      scores.push({
        scope,
        subjectId,
        dimensionId,
        score: mean(answered.map((s) => s.score as number)),
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
