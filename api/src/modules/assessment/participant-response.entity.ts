import { Entity, PrimaryColumn } from 'typeorm';

import { ForeignKey } from '../../common/foreign-key';

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

  @ForeignKey(() => Participant, { column: 'participant_id', constraint: 'fk_participant_response_participant', onDelete: 'CASCADE' })
  participant: Participant;
}
