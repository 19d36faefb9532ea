import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Participant } from './participant.entity';
import { RatedLevel } from './rated-level';

/**
 * One participant's level for one item on one dimension. Narrow on purpose (millions of rows at
 * sector scale) and never exposed outside its own council: benchmarks read stored scores instead.
 */
@Entity({ name: 'participant_response' })
export class ParticipantResponse extends RatedLevel('participant_response') {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid', primaryKeyConstraintName: 'pk_participant_response' })
  participantId: string;

  // Checked once per statement, and deleted with the participant, by triggers (touchstone_check_response_participant): not a per-row foreign key.
  @ManyToOne(() => Participant, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'participant_id' })
  participant: Participant;
}
