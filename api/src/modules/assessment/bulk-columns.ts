import type { EntityManager } from 'typeorm';

import { bulkInsert, type Column } from '../../common/database/bulk-insert';

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
 * is given) with bulkInsert: what the one-step submission writes, and the bench's ceiling with it.
 */
export async function insertRatings(
  manager: EntityManager,
  assessmentId: string,
  ratings: { participants: { id: string; role: string }[]; responses: ParticipantRating[]; agreed: (Rating & { note?: string | null })[] },
): Promise<void> {
  await bulkInsert(
    manager,
    'participant',
    BULK_COLUMNS.participant,
    ratings.participants.map((p) => [p.id, assessmentId, p.role]),
  );
  await bulkInsert(
    manager,
    'participant_response',
    BULK_COLUMNS.participantResponse,
    ratings.responses.map((r) => [r.participantId, r.itemId, r.dimensionId, r.levelId]),
  );
  await bulkInsert(
    manager,
    'agreed_rating',
    [...BULK_COLUMNS.agreedRating, { name: 'note', type: 'text' }],
    ratings.agreed.map((r) => [assessmentId, r.itemId, r.dimensionId, r.levelId, r.note ?? null]),
  );
}
