import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { IdValueField } from '../../common/graphql/object-fields';
import { Council } from '../council/index';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';

import type { CollaborationGroup } from './collaboration-group.entity';

/**
 * A council's place in a collaboration group. Identified sharing needs the council's lead to have
 * consented and not withdrawn; withdrawal takes effect on the next request.
 */
@ObjectType({ description: 'A council in a collaboration group, and whether its lead consents to identified sharing.' })
@Entity({ name: 'collaboration_member' })
export class CollaborationMember {
  @PrimaryColumn({ name: 'group_id', type: 'uuid', primaryKeyConstraintName: 'pk_collaboration_member' })
  groupId: string;

  @IdValueField()
  @Index('ix_collaboration_member_council')
  @PrimaryColumn({ name: 'council_id', type: 'uuid', primaryKeyConstraintName: 'pk_collaboration_member' })
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

  @FieldColumn(() => Date, { name: 'consented_at', type: 'timestamptz', nullable: true })
  consentedAt: Date | null;

  @Column({ name: 'consented_by_id', type: 'uuid', nullable: true })
  consentedById: string | null;

  @Field({ description: 'True while the council shares its agreed ratings with the group.' })
  get consents(): boolean {
    return this.consentedAt !== null;
  }
}
