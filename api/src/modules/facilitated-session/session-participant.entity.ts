import { Column, Entity, Index } from 'typeorm';

import { UuidColumn } from '../../common/entity-columns';
import { BaseEntity } from '../../common/base.entity';
import { ForeignKey } from '../../common/foreign-key';

import { type ParticipantRole } from './dependencies';
import { FacilitatedSession } from './facilitated-session.entity';

/**
 * One device in one session: its role and the SHA-256 of its token, nothing else (no name, email,
 * address or device fingerprint). The assessment's participant it becomes is created when its first
 * scores are handed to the assessment.
 */
@Entity({ name: 'session_participant' })
export class SessionParticipant extends BaseEntity {
  @Index('ix_session_participant_session')
  @UuidColumn('session_id')
  sessionId: string;

  @ForeignKey(() => FacilitatedSession, { column: 'session_id', constraint: 'fk_session_participant_session', onDelete: 'CASCADE' })
  session: FacilitatedSession;

  @Column({ type: 'varchar', length: 20 })
  role: ParticipantRole;

  @Index('uq_session_participant_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  /** The assessment module's participant id, once this participant's scores have been handed over. */
  @UuidColumn('assessment_participant_id', { nullable: true })
  assessmentParticipantId: string | null;
}
