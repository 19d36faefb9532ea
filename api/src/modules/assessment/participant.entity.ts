import { Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';

import { UuidColumn } from '../../common/entity-columns';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

import { Assessment } from './assessment.entity';

export const ParticipantRole = graphqlEnum(
  'ParticipantRole',
  ['officer', 'manager', 'councillor', 'partner'],
  'The only thing recorded about a participant: they stay anonymous.',
);
export type ParticipantRole = EnumValue<typeof ParticipantRole>;

/** An anonymous participant in an assessment: a role and nothing that identifies them. */
@ObjectType({ description: 'An anonymous participant: only their role is kept.' })
@Entity({ name: 'participant' })
export class Participant extends BaseEntity {
  @Index('ix_participant_assessment')
  @UuidColumn('assessment_id')
  assessmentId: string;

  @ForeignKey(() => Assessment, { column: 'assessment_id', constraint: 'fk_participant_assessment', onDelete: 'CASCADE' })
  assessment: Assessment;

  @FieldColumn(() => ParticipantRole, { type: 'varchar', length: 20 })
  role: ParticipantRole;
}
