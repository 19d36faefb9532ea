import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { CreatedAtColumn, IdFieldColumn, UuidColumn } from '../../common/entity-columns';
import { IdValueField, NullableField } from '../../common/graphql/object-fields';
import { UserRole } from '../../common/auth/viewer';
import { FieldColumn } from '../../common/field-column';

import type { PlanAction } from './plan-action.entity';
import { RagStatus } from './plan-status';
import { SamePlanParent } from './same-plan-parent';

/**
 * One dated progress update on an action. Append-only: the API's database role may insert and read
 * these rows but never update or delete them, and a trigger refuses changes from any role, so an
 * action's history cannot be rewritten.
 */
@ObjectType({ description: 'A dated progress update on an action, with its Red/Amber/Green/Blue status. Never edited or removed.' })
@Entity({ name: 'progress_update' })
@Index('ix_progress_update_action', ['actionId', 'date'])
@Check('ck_progress_update_status', `"status" IN ('red', 'amber', 'green', 'blue')`)
export class ProgressUpdate {
  @IdValueField()
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_progress_update_plan')
  @IdFieldColumn('plan_id')
  planId: string;

  @IdFieldColumn('action_id')
  actionId: string;

  // RESTRICT: an action with history is never removed, so neither is its history.
  @SamePlanParent('PlanAction', { column: 'action_id', constraint: 'fk_progress_update_action', onDelete: 'RESTRICT' })
  action: PlanAction;

  @FieldColumn(
    { name: 'update_date', type: 'date' },
    { description: 'The date the update describes (YYYY-MM-DD), as written by the council.' },
  )
  date: string;

  @FieldColumn({ type: 'text' })
  text: string;

  @FieldColumn(() => RagStatus, { type: 'varchar', length: 10 })
  status: RagStatus;

  @NullableField(UserRole, 'The role of whoever entered it; null for updates imported from a spreadsheet with no author.')
  @Column({ name: 'entered_by_role', type: 'varchar', length: 30, nullable: true })
  enteredByRole: UserRole | null;

  @UuidColumn('entered_by_id', { nullable: true })
  enteredById: string | null;

  @FieldColumn(
    { type: 'boolean', default: false },
    { description: 'True when the update came in with a spreadsheet import rather than being entered here.' },
  )
  imported: boolean;

  @Field(() => Date, { description: 'When it was entered.' })
  @CreatedAtColumn()
  createdAt: Date;
}
