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
  if (responses.length > 0) await insertResponses(manager, responses);
  if (agreed.length > 0)
    await bulkInsertColumns(
      manager,
      'agreed_rating',
      [...BULK_COLUMNS.agreedRating, { name: 'note', type: 'text' }],
      [uuidArray(agreed.map(() => assessmentId)), ...ratingColumns(agreed), agreed.map((r) => r.note ?? null)],
    );
}

/**
 * The responses in one statement that names each distinct uuid once: every column is sent as the
 * list of its distinct ids and, per row, a position in that list. A submission's ~1,400 responses
 * name 15 participants, ~100 items and a handful of dimensions and levels, so the statement carries
 * about a tenth of the text (parsed by PostgreSQL, written by the driver) that a uuid per value did.
 */
async function insertResponses(manager: EntityManager, responses: ParticipantRating[]): Promise<void> {
  const columns = [
    distinctIds(responses, (r) => r.participantId),
    distinctIds(responses, (r) => r.itemId),
    distinctIds(responses, (r) => r.dimensionId),
    distinctIds(responses, (r) => r.levelId),
  ];
  await manager.query(
    `INSERT INTO participant_response (participant_id, item_id, dimension_id, level_id)
     SELECT ($1::uuid[])[p], ($2::uuid[])[i], ($3::uuid[])[d], ($4::uuid[])[l]
       FROM unnest($5::int[], $6::int[], $7::int[], $8::int[]) AS r (p, i, d, l)`,
    [...columns.map((c) => uuidArray(c.ids)), ...columns.map((c) => `{${c.positions.join(',')}}`)],
  );
}

/** A column's distinct ids, in order of first use, and each row's 1-based position among them. */
function distinctIds<TRow>(rows: TRow[], idOf: (row: TRow) => string): { ids: string[]; positions: number[] } {
  const position = new Map<string, number>();
  const ids: string[] = [];
  const positions = rows.map((row) => {
    const id = idOf(row);
    let at = position.get(id);
    if (at === undefined) {
      at = ids.push(id);
      position.set(id, at);
    }
    return at;
  });
  return { ids, positions };
}

/** The item, dimension and level columns of ratings, each as a uuid array literal. */
const ratingColumns = (ratings: Rating[]): string[] => [
  uuidArray(ratings.map((r) => r.itemId)),
  uuidArray(ratings.map((r) => r.dimensionId)),
  uuidArray(ratings.map((r) => r.levelId)),
];
