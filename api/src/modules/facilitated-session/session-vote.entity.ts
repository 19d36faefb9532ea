import { Entity, Index, PrimaryColumn } from 'typeorm';

import { UpdatedAtColumn, UuidColumn, UuidPrimaryColumn } from '../../common/entity-columns';
import { ForeignKey } from '../../common/foreign-key';

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
  @UuidPrimaryColumn('participant_id', 'pk_session_vote')
  participantId: string;

  @UuidPrimaryColumn('item_id', 'pk_session_vote')
  itemId: string;

  @UuidPrimaryColumn('dimension_id', 'pk_session_vote')
  dimensionId: string;

  @PrimaryColumn({ name: 'vote_round', type: 'int', primaryKeyConstraintName: 'pk_session_vote' })
  voteRound: number;

  @UuidColumn('session_id')
  sessionId: string;

  @UuidColumn('level_id')
  levelId: string;

  @UpdatedAtColumn()
  updatedAt: Date;

  @ForeignKey(() => SessionParticipant, { column: 'participant_id', constraint: 'fk_session_vote_participant', onDelete: 'CASCADE' })
  participant: SessionParticipant;

  @ForeignKey(() => FacilitatedSession, { column: 'session_id', constraint: 'fk_session_vote_session', onDelete: 'CASCADE' })
  session: FacilitatedSession;

  @ForeignKey(() => FrameworkItem, { column: 'item_id', constraint: 'fk_session_vote_item', onDelete: 'RESTRICT' })
  item: FrameworkItem;

  @ForeignKey(() => RatingDimension, { column: 'dimension_id', constraint: 'fk_session_vote_dimension', onDelete: 'RESTRICT' })
  dimension: RatingDimension;

  @ForeignKey(() => RatingLevel, { column: 'level_id', constraint: 'fk_session_vote_level', onDelete: 'RESTRICT' })
  level: RatingLevel;
}
