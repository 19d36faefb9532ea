import type { WindowRounds } from '../view-models/council-position-choice';

/** The label of a window's radio: "This round only", or "Latest submission in the last 2 rounds". */
export function windowLabel(window: WindowRounds): string {
  return window === 1 ? 'This round only' : `Latest submission in the last ${window} rounds`;
}

/** Rounds as a list in words, oldest first: "2023-24, 2024-25 or 2025-26". */
export function roundList(rounds: string[]): string {
  const sorted = [...rounds].sort();
  return sorted.length <= 1 ? (sorted[0] ?? '') : `${sorted.slice(0, -1).join(', ')} or ${sorted[sorted.length - 1]}`;
}

/**
 * What a comparison drew on, for the facts about it: the round alone ("2025-26"), or each council's
 * latest submission in the window's rounds ("2025-26, with each council's latest submission from
 * 2024-25 or 2025-26").
 */
export function roundsCompared(round: string, rounds: string[]): string {
  if (rounds.length <= 1) return round;
  return `${round}, with each council's latest submission from ${roundList(rounds)}`;
}
