import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

import { Council } from '../council/index';

/** A council's choice to share its identified results with the Planning Advisory Service; deleting the row withdraws it. */
@Entity({ name: 'pas_sharing' })
export class PasSharing {
  @PrimaryColumn({ name: 'council_id', type: 'uuid', primaryKeyConstraintName: 'pk_pas_sharing' })
  councilId: string;

  @OneToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'fk_pas_sharing_council' })
  council: Council;

  @CreateDateColumn({ name: 'shared_at', type: 'timestamptz' })
  sharedAt: Date;

  @Column({ name: 'shared_by_id', type: 'uuid' })
  sharedById: string;
}
