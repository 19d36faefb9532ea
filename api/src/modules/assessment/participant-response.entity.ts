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

  // Checked once per statement, and deleted with the participant, by triggers (touchstone_check_response_participant): not a per-row foreign key.
  @ManyToOne(() => Participant, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'participant_id' })
  participant: Participant;

  // Checked once per statement by touchstone_check_rated_content (framework content is never deleted), not by foreign keys.
  @ManyToOne(() => FrameworkItem, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'item_id' })
  item: FrameworkItem;

  @ManyToOne(() => RatingDimension, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'dimension_id' })
  dimension: RatingDimension;

  @ManyToOne(() => RatingLevel, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'level_id' })
  level: RatingLevel;
}
