import { Column, Entity, PrimaryColumn } from 'typeorm';

import { CreatedAtColumn, UuidColumn } from '../../common/entity-columns';
import { ForeignKey } from '../../common/foreign-key';

import { Assessment } from './assessment.entity';

/**
 * A client's idempotency key for a submission, stored in the same transaction as the submission
 * itself: a retry with the same key finds it and gets the first result, never a second submission.
 */
@Entity({ name: 'submission_idempotency' })
export class SubmissionIdempotency {
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'pk_submission_idempotency' })
  key: string;

  /** sha256 of the request's payload, so the same key with a different payload is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @UuidColumn('assessment_id')
  assessmentId: string;

  @ForeignKey(() => Assessment, { column: 'assessment_id', constraint: 'fk_submission_idempotency_assessment', onDelete: 'CASCADE' })
  assessment: Assessment;

  @CreatedAtColumn()
  createdAt: Date;
}
