import type { EntityManager } from 'typeorm';

import { bulkInsertColumns, type Column, uuidArray } from '../../common/database/bulk-insert';

import type { ComputedScore, ParticipantRating, Rating } from './assessment-scoring';

const uuid = (name: string): Column => ({ name, type: 'uuid' });

/**
 * The columns bulk writers (one-step submission, the demo and sector loaders, the bench's ceiling)
 * insert into each assessment table with bulkInsert, in the order their rows list values.
 */
export const BULK_COLUMNS = {
  assessment: [
    uuid('id'),
    uuid('council_id'),
    uuid('framework_id'),
    { name: 'round', type: 'varchar' },
    { name: 'status', type: 'varchar' },
    { name: 'submitted_at', type: 'timestamptz' },
    { name: 'is_synthetic', type: 'boolean' },
  ],
  participant: [uuid('id'), uuid('assessment_id'), { name: 'role', type: 'varchar' }],
  participantResponse: [uuid('participant_id'), uuid('item_id'), uuid('dimension_id'), uuid('level_id')],
  agreedRating: [uuid('assessment_id'), uuid('item_id'), uuid('dimension_id'), uuid('level_id')],
  assessmentScore: [
    uuid('assessment_id'),
    uuid('subject_id'),
    uuid('dimension_id'),
    { name: 'scope', type: 'varchar' },
    { name: 'score_numerator', type: 'bigint' },
    { name: 'score_denominator', type: 'bigint' },
    { name: 'answered', type: 'int' },
    { name: 'total', type: 'int' },
    { name: 'spread', type: 'numeric' },
  ],
} satisfies Record<string, Column[]>;

/** A computed score as a row of BULK_COLUMNS.assessmentScore (the display score is derived by the database). */
export const scoreRow = (assessmentId: string, s: ComputedScore): unknown[] => [
  assessmentId,
  s.subjectId,
  s.dimensionId,
  s.scope,
  s.numerator,
  s.denominator,
  s.answered,
  s.total,
  s.spread,
];

/**
 * Writes a submission's participants, their responses and the agreed ratings (with a note where one
 * is given) in one unnest statement each: what the one-step submission writes, and the bench's
 * ceiling with it. Values go column by column, with no array per row in between.
 */
export async function insertRatings(
  manager: EntityManager,
  assessmentId: string,
  ratings: { participants: { id: string; role: string }[]; responses: ParticipantRating[]; agreed: (Rating & { note?: string | null })[] },
): Promise<void> {
  const { participants, responses, agreed } = ratings;
  // As bulkInsert, no statement (and no statement trigger) for a table with nothing to insert.
  if (participants.length > 0)
    await bulkInsertColumns(manager, 'participant', BULK_COLUMNS.participant, [
      uuidArray(participants.map((p) => p.id)),
      uuidArray(participants.map(() => assessmentId)),
      participants.map((p) => p.role),
    ]);
  if (responses.length > 0)
    await bulkInsertColumns(manager, 'participant_response', BULK_COLUMNS.participantResponse, [
      uuidArray(responses.map((r) => r.participantId)),
      ...ratingColumns(responses),
    ]);
  if (agreed.length > 0)
    await bulkInsertColumns(
      manager,
      'agreed_rating',
      [...BULK_COLUMNS.agreedRating, { name: 'note', type: 'text' }],
      [uuidArray(agreed.map(() => assessmentId)), ...ratingColumns(agreed), agreed.map((r) => r.note ?? null)],
    );
}

/** The item, dimension and level columns of ratings, each as a uuid array literal. */
const ratingColumns = (ratings: Rating[]): string[] => [
  uuidArray(ratings.map((r) => r.itemId)),
  uuidArray(ratings.map((r) => r.dimensionId)),
  uuidArray(ratings.map((r) => r.levelId)),
];
