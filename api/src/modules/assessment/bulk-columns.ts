import type { Column } from '../../common/database/bulk-insert';

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
    { name: 'score', type: 'numeric' },
    { name: 'answered', type: 'int' },
    { name: 'total', type: 'int' },
    { name: 'spread', type: 'numeric' },
  ],
} satisfies Record<string, Column[]>;
