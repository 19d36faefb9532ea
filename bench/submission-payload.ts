import seedrandom from 'seedrandom';

import { isValidRound, roundsFrom } from '../api/src/common/round';
import { ParticipantRole } from '../api/src/modules/assessment/index';
import type { Framework } from '../api/src/modules/framework/index';

/** DESIGN.md §7's submission: fifteen anonymous participants. */
export const SUBMISSION_PARTICIPANTS = 15;

/**
 * Submissions go to rounds no data uses (the sector data ends at 2025-26 and the demo at 2026-27),
 * one per submission because a council has one submission per round. A round's first year must be
 * 19xx or 20xx (common/round.ts), so 2027-28 to 2099-00 are available: 73 rounds.
 */
export const FIRST_BENCH_ROUND = '2027-28';

export function benchRounds(count: number): string[] {
  const rounds = roundsFrom(FIRST_BENCH_ROUND, count);
  const invalid = rounds.find((round) => !isValidRound(round));
  if (invalid)
    throw new Error(
      `Too many submissions: ${count} would need round ${invalid}, past the last valid round (2099-00). Lower --submissions.`,
    );
  return rounds;
}

export type RatingByKey = { itemKey: string; dimensionKey?: string; levelKey: string };
export type SubmissionPayload = {
  round: string;
  participants: { role: ParticipantRole; responses: RatingByKey[] }[];
  agreed: RatingByKey[];
};

const ROLES = [ParticipantRole.OFFICER, ParticipantRole.MANAGER, ParticipantRole.COUNCILLOR, ParticipantRole.PARTNER];

/**
 * One submission's content: every participant answers every item on every dimension with a
 * seeded random level, and the agreed rating is the participants' median, as a lead might record.
 * The same seed and iteration always give the same levels, so the API and the ceiling write the
 * same rows.
 */
export function submissionPayload(framework: Framework, round: string, seed: string, iteration: number): SubmissionPayload {
  const random = seedrandom(`${seed}:submission:${iteration}`);
  // The dimension key is required only when the framework has more than one.
  const dimensionKeyOf = (key: string) => (framework.dimensions.length > 1 ? { dimensionKey: key } : {});
  const cells = framework.sections
    .flatMap((s) => s.items)
    .flatMap((item) => framework.dimensions.map((dimension) => ({ item, dimension })));
  const picks = Array.from({ length: SUBMISSION_PARTICIPANTS }, () =>
    cells.map(({ dimension }) => Math.floor(random() * dimension.levels.length)),
  );

  return {
    round,
    participants: picks.map((levels, p) => ({
      role: p === 0 ? ParticipantRole.MANAGER : ROLES[Math.floor(random() * ROLES.length)],
      responses: cells.map(({ item, dimension }, c) => ({
        itemKey: item.key,
        ...dimensionKeyOf(dimension.key),
        levelKey: dimension.levels[levels[c]].key,
      })),
    })),
    agreed: cells.map(({ item, dimension }, c) => {
      const sorted = picks.map((levels) => levels[c]).sort((a, b) => a - b);
      return { itemKey: item.key, ...dimensionKeyOf(dimension.key), levelKey: dimension.levels[sorted[Math.floor(sorted.length / 2)]].key };
    }),
  };
}
