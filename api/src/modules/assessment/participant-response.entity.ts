import { Entity, JoinColumn, ManyToOne } from 'typeorm';

import { UuidPrimaryColumn } from '../../common/entity-columns';

import { Participant } from './participant.entity';
import { RatedLevel } from './rated-level';

/**
 * One participant's level for one item on one dimension. Narrow on purpose (millions of rows at
 * sector scale) and never exposed outside its own council: benchmarks read stored scores instead.
 */
@Entity({ name: 'participant_response' })
export class ParticipantResponse extends RatedLevel('participant_response') {
  @UuidPrimaryColumn('participant_id', 'pk_participant_response')
  participantId: string;

  // Checked once per statement, and deleted with the participant, by triggers (touchstone_check_response_participant): not a per-row foreign key.
  @ManyToOne(() => Participant, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'participant_id' })
  participant: Participant;
}
