/**
 * What a revealed spread may show. Pure, so the thresholds are tested on their own
 * (reveal-rules.spec.ts). The promise to participants: nobody's score can be picked out.
 */

/** A spread is shown only when at least this many participants scored the statement. */
export const MIN_SCORES_TO_REVEAL = 3;

/** A role is shown (by shape) only where at least this many of that role scored. */
export const MIN_SCORES_PER_ROLE = 2;

/** Top tips are shown beside statements agreed in the lower half of the scale (on a four-level scale: the lowest two). */
export const TIPS_BELOW_SCALE_FRACTION = 0.5;

export type RevealVote = { role: string; levelPosition: number };

export type LevelTally = { position: number; count: number; byRole: { role: string; count: number }[] };

export type RevealedSpread =
  | { withheld: true; scored: number; reason: string }
  | {
      withheld: false;
      scored: number;
      /** Position on the scale (0 = lowest); halfway between two levels when the middle two scores differ. */
      median: number;
      /** Every level of the scale, lowest first, with its count; byRole lists only the roles shown. */
      levels: LevelTally[];
      shownRoles: string[];
      /** Scores of roles too small to show, counted together; never exactly one. */
      otherRolesCount: number;
    };

/** The median of level positions: the middle one, or halfway between the middle two. */
export function medianPosition(positions: number[]): number | null {
  if (positions.length === 0) return null;
  const sorted = [...positions].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Which roles may be shown: each with at least MIN_SCORES_PER_ROLE scores. The scores of the roles
 * left out are shown only as a total per level, so if they came to exactly one score, that person's
 * score could be read off by subtraction: then the smallest shown role is left out too.
 */
export function shownRoles(votes: RevealVote[]): string[] {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.role, (counts.get(v.role) ?? 0) + 1);
  const shown = [...counts.entries()].filter(([, n]) => n >= MIN_SCORES_PER_ROLE).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let hidden = votes.length - shown.reduce((sum, [, n]) => sum + n, 0);
  while (hidden > 0 && hidden < MIN_SCORES_PER_ROLE && shown.length > 0) hidden += shown.pop()![1];
  return shown.map(([role]) => role).sort();
}

/** The spread of one statement's scores on one scale of `levelCount` levels, or why it is withheld. */
export function revealSpread(votes: RevealVote[], levelCount: number): RevealedSpread {
  if (votes.length < MIN_SCORES_TO_REVEAL) {
    return {
      withheld: true,
      scored: votes.length,
      reason: `Fewer than ${MIN_SCORES_TO_REVEAL} people scored this statement, so the spread is not shown: it could reveal someone's score.`,
    };
  }
  const roles = shownRoles(votes);
  const levels: LevelTally[] = Array.from({ length: levelCount }, (_, position) => {
    const here = votes.filter((v) => v.levelPosition === position);
    return {
      position,
      count: here.length,
      byRole: roles.map((role) => ({ role, count: here.filter((v) => v.role === role).length })),
    };
  });
  return {
    withheld: false,
    scored: votes.length,
    median: medianPosition(votes.map((v) => v.levelPosition))!,
    levels,
    shownRoles: roles,
    otherRolesCount: votes.filter((v) => !roles.includes(v.role)).length,
  };
}

/** Whether a statement agreed at this level shows its section's top tips beside it. */
export function showsTipsBeside(agreedPosition: number, levelCount: number): boolean {
  return agreedPosition < levelCount * TIPS_BELOW_SCALE_FRACTION;
}
