import { randomUUID } from 'node:crypto';

import seedrandom from 'seedrandom';

import type { ParticipantRating, Rating } from '../assessment/index';
import { ParticipantRole } from '../assessment/index';
import type { Framework } from '../framework/index';

/** What the generator needs to know about a council to give it a plausible profile. */
export type DemoCouncil = { id: string; gssCode: string; type: string; region: string | null; designated: boolean; atRisk: boolean };

export type GeneratedAssessment = {
  id: string;
  councilId: string;
  frameworkId: string;
  round: string;
  participants: { id: string; role: ParticipantRole }[];
  responses: ParticipantRating[];
  agreed: Rating[];
};

export type GeneratorOptions = {
  seed: string;
  /** Inclusive range of participants per assessment. */
  participants: [number, number];
  /** Chance that a council skips a whole (optional) section, and that a participant skips a statement. */
  sectionSkipRate: number;
  itemSkipRate: number;
  /** Chance the lead records an agreed rating for an answered item. */
  agreedRate: number;
};

export const DEMO_OPTIONS: Omit<GeneratorOptions, 'seed'> = {
  participants: [4, 9],
  sectionSkipRate: 0.08,
  itemSkipRate: 0.05,
  agreedRate: 0.7,
};

const ROLE_MIX = [
  ParticipantRole.OFFICER,
  ParticipantRole.OFFICER,
  ParticipantRole.OFFICER,
  ParticipantRole.MANAGER,
  ParticipantRole.MANAGER,
  ParticipantRole.COUNCILLOR,
  ParticipantRole.PARTNER,
];

/** A standard normal draw (Box–Muller) from a seeded uniform source. */
const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * A council's underlying capability on a 0–1 scale: where it sits is drawn from its seed, nudged
 * by facts that plausibly go with performance (a designation or warning pulls it down), so peer
 * groups differ the way a PAS adviser would expect. Improvement between rounds is small and noisy.
 */
function capabilityByRound(council: DemoCouncil, rounds: number, random: () => number): number[] {
  let base = 0.55 + 0.14 * normal(random);
  if (council.designated) base -= 0.18;
  if (council.atRisk) base -= 0.1;
  if (council.type === 'london_borough' || council.type === 'metropolitan_borough') base += 0.03;
  if (council.type === 'national_park_authority') base += 0.04;
  const trend = 0.02 + 0.03 * normal(random);
  return Array.from({ length: rounds }, (_, i) => clamp(base + trend * i, 0.05, 0.95));
}

/**
 * Generates synthetic, deterministic assessments: the same seed, councils, framework and rounds
 * always give the same levels (ids are fresh UUIDs and carry no meaning).
 */
export function* generateAssessments(
  framework: Framework,
  councils: DemoCouncil[],
  rounds: string[],
  options: GeneratorOptions,
): Generator<GeneratedAssessment> {
  for (const council of councils) {
    const councilRandom = seedrandom(`${options.seed}:${framework.key}:${council.gssCode}`);
    // Each council has its own strengths and weaknesses across sections, stable between rounds.
    const sectionEffects = new Map(framework.sections.map((s) => [s.id, 0.12 * normal(councilRandom)]));
    // Shared by all frameworks, so a council that is strong on one tends to be strong on the others.
    const capability = capabilityByRound(council, rounds.length, seedrandom(`${options.seed}:capability:${council.gssCode}`));

    for (const [roundIndex, round] of rounds.entries()) {
      const random = seedrandom(`${options.seed}:${framework.key}:${council.gssCode}:${round}`);
      const level = capability[roundIndex];
      const [min, max] = options.participants;
      const participants = Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, (_, i) => ({
        id: randomUUID(),
        role: i === 0 ? ParticipantRole.MANAGER : ROLE_MIX[Math.floor(random() * ROLE_MIX.length)],
      }));
      const assessment: GeneratedAssessment = {
        id: randomUUID(),
        councilId: council.id,
        frameworkId: framework.id,
        round,
        participants,
        responses: [],
        agreed: [],
      };

      for (const section of framework.sections) {
        if (random() < options.sectionSkipRate) continue;
        for (const item of section.items) {
          const itemEffect = 0.08 * normal(random);
          for (const [d, dimension] of framework.dimensions.entries()) {
            const top = dimension.levels.length - 1;
            // Later dimensions (plan coverage, ambition) run a little ahead of the first (progress, now).
            const target = clamp(level + (sectionEffects.get(section.id) ?? 0) + itemEffect + 0.1 * d, 0, 1);
            const picks: number[] = [];
            for (const participant of participants) {
              if (random() < options.itemSkipRate) continue;
              const position = Math.round(clamp(target + 0.15 * normal(random), 0, 1) * top);
              picks.push(position);
              assessment.responses.push({
                participantId: participant.id,
                itemId: item.id,
                dimensionId: dimension.id,
                levelId: dimension.levels[position].id,
              });
            }
            if (picks.length > 0 && random() < options.agreedRate) {
              const sorted = [...picks].sort((a, b) => a - b);
              assessment.agreed.push({
                itemId: item.id,
                dimensionId: dimension.id,
                levelId: dimension.levels[sorted[Math.floor(sorted.length / 2)]].id,
              });
            }
          }
        }
      }
      yield assessment;
    }
  }
}

export type GeneratedCircumstance = { councilId: string; round: string; kind: string; source: 'pas_assigned' | 'self_declared' };

/**
 * Synthetic circumstances per council and round, drawn from the same underlying capability as the
 * assessments so that peer groups differ as an adviser would expect: high performers score higher,
 * councils needing support lower, 'cruising' councils sit in the middle, and cash-strapped councils
 * a little below. Only PAS-assigned ones define groups (council/peer-group-facts.ts).
 */
export function generateCircumstances(councils: DemoCouncil[], rounds: string[], seed: string): GeneratedCircumstance[] {
  const circumstances: GeneratedCircumstance[] = [];
  for (const council of councils) {
    const capability = capabilityByRound(council, rounds.length, seedrandom(`${seed}:capability:${council.gssCode}`));
    for (const [i, round] of rounds.entries()) {
      const random = seedrandom(`${seed}:circumstances:${council.gssCode}:${round}`);
      const level = capability[i];
      const add = (kind: string, source: GeneratedCircumstance['source']) =>
        circumstances.push({ councilId: council.id, round, kind, source });
      if (level >= 0.72) add('high_performing', 'pas_assigned');
      if (level < 0.33) add('needs_support', 'pas_assigned');
      if (level >= 0.48 && level < 0.62 && random() < 0.4) add('cruising', 'pas_assigned');
      // Most cash-strapped councils are so assigned by PAS, and so in the group; a few only say so themselves,
      // which the council sees as context and which never places it in the group.
      if (random() < 0.15 + Math.max(0, 0.55 - level) * 0.5) add('cash_strapped', random() < 0.8 ? 'pas_assigned' : 'self_declared');
    }
  }
  return circumstances;
}
