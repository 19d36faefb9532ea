import { Entity, Index, OneToMany } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';

import { CollaborationMember } from './collaboration-member.entity';

/** A named group of councils preparing to collaborate (e.g. a shared planning service). */
@ObjectType({ description: "A named group of councils that may share identified results with each other, with each council's consent." })
@Entity({ name: 'collaboration_group' })
export class CollaborationGroup extends BaseEntity {
  @Index('uq_collaboration_group_name', { unique: true })
  @FieldColumn({ type: 'varchar', length: 200 })
  name: string;

  @FieldColumn({ type: 'text', default: '' })
  description: string;

  @Field(() => [CollaborationMember])
  @OneToMany(() => CollaborationMember, (member) => member.group)
  members: CollaborationMember[];
}
