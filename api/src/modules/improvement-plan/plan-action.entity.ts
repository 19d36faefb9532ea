import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

import { IdFieldColumn } from '../../common/entity-columns';
import { NullableField, TextField } from '../../common/graphql/object-fields';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';

import type { PlanChallenge } from './plan-challenge.entity';
import { byHistoryOrder, DUE_SOON_DAYS, isDueSoon, isOverdue, latestUpdate, PlanTargetKind, RagStatus, todayIso } from './plan-status';
import { ProgressUpdate } from './progress-update.entity';
import { SamePlanParent } from './same-plan-parent';

@ObjectType({ description: 'An action\u2019s target as written and as understood.' })
export class PlanTarget {
  @TextField('As written, e.g. "February 2014 – March 2015", "Ongoing until 2016/17".')
  text: string;

  @Field(() => PlanTargetKind)
  kind: PlanTargetKind;

  @NullableField(String, 'For a range, its first day (YYYY-MM-DD).')
  startsOn: string | null;

  @NullableField(
    String,
    'The day after which the action is overdue (YYYY-MM-DD): the end of the month or range, or of an ongoing action\u2019s "until"; null for open-ended ongoing work.',
  )
  dueOn: string | null;
}

@ObjectType({ description: 'An action: what will be done, who leads it (a role or team), by when, and its progress history.' })
@Entity({ name: 'plan_action' })
@Unique('uq_plan_action_id_plan', ['id', 'planId'])
@Check('ck_plan_action_target_kind', `"target_kind" IN ('date', 'range', 'ongoing')`)
@Check('ck_plan_action_target_due', `"target_kind" = 'ongoing' OR "target_due_on" IS NOT NULL`)
export class PlanAction extends BaseEntity {
  @Index('ix_plan_action_plan')
  @IdFieldColumn('plan_id')
  planId: string;

  @Index('ix_plan_action_challenge')
  @IdFieldColumn('challenge_id')
  challengeId: string;

  @SamePlanParent('PlanChallenge', {
    column: 'challenge_id',
    constraint: 'fk_plan_action_challenge',
    onDelete: 'CASCADE',
    inverse: 'actions',
  })
  challenge: PlanChallenge;

  @FieldColumn({ type: 'text' })
  description: string;

  @Field({
    description: 'A role or team, e.g. "Head of Finance" or "Cabinet/ Corporate Management Team"; never a person\u2019s name by design.',
  })
  @Column({ type: 'varchar', length: 300 })
  lead: string;

  @Column({ name: 'target_text', type: 'varchar', length: 200 })
  targetText: string;

  @Column({ name: 'target_kind', type: 'varchar', length: 10 })
  targetKind: PlanTargetKind;

  @Column({ name: 'target_starts_on', type: 'date', nullable: true })
  targetStartsOn: string | null;

  @Column({ name: 'target_due_on', type: 'date', nullable: true })
  targetDueOn: string | null;

  @FieldColumn(() => Int, { type: 'int' })
  position: number;

  /** Filled by the service from progress_update; never a column. */
  updates: ProgressUpdate[] = [];

  @Field(() => PlanTarget)
  get target(): PlanTarget {
    return Object.assign(new PlanTarget(), {
      text: this.targetText,
      kind: this.targetKind,
      startsOn: this.targetStartsOn,
      dueOn: this.targetDueOn,
    });
  }

  @Field(() => [ProgressUpdate], { description: 'Every progress update, oldest first. Append-only: updates are never edited or removed.' })
  get history(): ProgressUpdate[] {
    return [...this.updates].sort(byHistoryOrder);
  }

  @NullableField(ProgressUpdate, 'The most recent update (by its date, then by when it was entered).')
  get latestUpdate(): ProgressUpdate | null {
    return latestUpdate(this.updates);
  }

  @NullableField(RagStatus, 'The latest update\u2019s status; null before the first update.')
  get status(): RagStatus | null {
    return this.latestUpdate?.status ?? null;
  }

  @Field({ description: 'The target has passed (today, UTC) and the action is not Blue. Open-ended ongoing actions are never overdue.' })
  get overdue(): boolean {
    return isOverdue({ dueOn: this.targetDueOn, status: this.status }, todayIso());
  }

  @Field({ description: `Not Blue and due within ${DUE_SOON_DAYS} days from today.` })
  get dueSoon(): boolean {
    return isDueSoon({ dueOn: this.targetDueOn, status: this.status }, todayIso(), DUE_SOON_DAYS);
  }
}
