import { CreateDateColumn, Entity, JoinColumn, OneToOne } from 'typeorm';

import { UuidColumn, UuidPrimaryColumn } from '../../common/entity-columns';
import { Council } from '../council/index';

/** A council's choice to share its identified results with the Planning Advisory Service; deleting the row withdraws it. */
@Entity({ name: 'pas_sharing' })
export class PasSharing {
  @UuidPrimaryColumn('council_id', 'pk_pas_sharing')
  councilId: string;

  @OneToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'fk_pas_sharing_council' })
  council: Council;

  @CreateDateColumn({ name: 'shared_at', type: 'timestamptz' })
  sharedAt: Date;

  @UuidColumn('shared_by_id')
  sharedById: string;
}
