import { Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { TimestampFieldColumn, UuidColumn, UuidPrimaryColumn } from '../../common/entity-columns';
import { IdValueField } from '../../common/graphql/object-fields';
import { Council } from '../council/index';
import { ForeignKey } from '../../common/foreign-key';

import type { CollaborationGroup } from './collaboration-group.entity';

/**
 * A council's place in a collaboration group. Identified sharing needs the council's lead to have
 * consented and not withdrawn; withdrawal takes effect on the next request.
 */
@ObjectType({ description: 'A council in a collaboration group, and whether its lead consents to identified sharing.' })
@Entity({ name: 'collaboration_member' })
export class CollaborationMember {
  @UuidPrimaryColumn('group_id', 'pk_collaboration_member')
  groupId: string;

  @IdValueField()
  @Index('ix_collaboration_member_council')
  @UuidPrimaryColumn('council_id', 'pk_collaboration_member')
  councilId: string;

  @ForeignKey('CollaborationGroup', {
    column: 'group_id',
    constraint: 'fk_collaboration_member_group',
    onDelete: 'CASCADE',
    inverse: 'members',
  })
  group: CollaborationGroup;

  @Field(() => Council)
  @ForeignKey(() => Council, { column: 'council_id', constraint: 'fk_collaboration_member_council', onDelete: 'CASCADE' })
  council: Council;

  @TimestampFieldColumn('consented_at', { nullable: true })
  consentedAt: Date | null;

  @UuidColumn('consented_by_id', { nullable: true })
  consentedById: string | null;

  @Field({ description: 'True while the council shares its agreed ratings with the group.' })
  get consents(): boolean {
    return this.consentedAt !== null;
  }
}
