import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { FrameworkItem, RatingDimension, RatingLevel } from './dependencies';
import { FacilitatedSession } from './facilitated-session.entity';
import { SessionParticipant } from './session-participant.entity';

/**
 * A participant's private score for one statement on one dimension in one vote round, kept while
 * the statement is open; changed in place until the reveal. Never shown one by one.
 */
@Entity({ name: 'session_vote' })
@Index('ix_session_vote_session_item', ['sessionId', 'itemId', 'voteRound'])
export class SessionVote {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid', primaryKeyConstraintName: 'pk_session_vote' })
  participantId: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'pk_session_vote' })
  itemId: string;

  @PrimaryColumn({ name: 'dimension_id', type: 'uuid', primaryKeyConstraintName: 'pk_session_vote' })
  dimensionId: string;

  @PrimaryColumn({ name: 'vote_round', type: 'int', primaryKeyConstraintName: 'pk_session_vote' })
  voteRound: number;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'level_id', type: 'uuid' })
  levelId: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => SessionParticipant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_session_vote_participant' })
  participant: SessionParticipant;

  @ManyToOne(() => FacilitatedSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_vote_session' })
  session: FacilitatedSession;

  @ManyToOne(() => FrameworkItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_session_vote_item' })
  item: FrameworkItem;

  @ManyToOne(() => RatingDimension, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dimension_id', foreignKeyConstraintName: 'fk_session_vote_dimension' })
  dimension: RatingDimension;

  @ManyToOne(() => RatingLevel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'level_id', foreignKeyConstraintName: 'fk_session_vote_level' })
  level: RatingLevel;
}
