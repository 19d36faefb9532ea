import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { FrameworkItem, RatingDimension, RatingLevel } from '../framework/index';

import { Participant } from './participant.entity';

/**
 * One participant's level for one item on one dimension. Narrow on purpose (millions of rows at
 * sector scale) and never exposed outside its own council: benchmarks read stored scores instead.
 */
@Entity({ name: 'participant_response' })
export class ParticipantResponse {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid', primaryKeyConstraintName: 'pk_participant_response' })
  participantId: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'pk_participant_response' })
  itemId: string;

  @PrimaryColumn({ name: 'dimension_id', type: 'uuid', primaryKeyConstraintName: 'pk_participant_response' })
  dimensionId: string;

  @Column({ name: 'level_id', type: 'uuid' })
  levelId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_participant_response_participant' })
  participant: Participant;

  @ManyToOne(() => FrameworkItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_participant_response_item' })
  item: FrameworkItem;

  @ManyToOne(() => RatingDimension, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dimension_id', foreignKeyConstraintName: 'fk_participant_response_dimension' })
  dimension: RatingDimension;

  @ManyToOne(() => RatingLevel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'level_id', foreignKeyConstraintName: 'fk_participant_response_level' })
  level: RatingLevel;
}
