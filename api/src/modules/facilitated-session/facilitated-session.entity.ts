import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';

import { IdFieldColumn, TimestampFieldColumn, UuidColumn } from '../../common/entity-columns';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

import { Assessment, Council, Framework } from './dependencies';

export const SessionMode = graphqlEnum(
  'SessionMode',
  ['live', 'survey'],
  'live: a facilitated sitting, one statement at a time, scores revealed by the facilitator. survey: a link kept open for some days; ' +
    'each participant scores the session’s statements at their own pace, nothing is revealed, and ending the survey hands the scores to the assessment.',
);
export type SessionMode = EnumValue<typeof SessionMode>;

export const SessionStatus = graphqlEnum(
  'SessionStatus',
  ['open', 'joining_closed', 'ended'],
  'open: participants can join. joining_closed: those who joined carry on, nobody new can join. ended: read-only.',
);
export type SessionStatus = EnumValue<typeof SessionStatus>;

/**
 * A sitting of an assessment on some of its sections. Carries its council and framework so that
 * row-level security and an anonymous participant's reads need nothing from the assessment's tables.
 */
@ObjectType({ description: 'A facilitated session (or survey) of an assessment on one or more of its sections.' })
@Entity({ name: 'facilitated_session' })
// A join code names one live session; an ended session's code may be issued again.
@Index('uq_facilitated_session_live_join_code', ['joinCode'], { unique: true, where: "status <> 'ended'" })
export class FacilitatedSession extends BaseEntity {
  @Index('ix_facilitated_session_assessment')
  @IdFieldColumn('assessment_id')
  assessmentId: string;

  @ForeignKey(() => Assessment, { column: 'assessment_id', constraint: 'fk_facilitated_session_assessment', onDelete: 'CASCADE' })
  assessment: Assessment;

  @UuidColumn('council_id')
  councilId: string;

  @ForeignKey(() => Council, { column: 'council_id', constraint: 'fk_facilitated_session_council', onDelete: 'RESTRICT' })
  council: Council;

  @UuidColumn('framework_id')
  frameworkId: string;

  @ForeignKey(() => Framework, { column: 'framework_id', constraint: 'fk_facilitated_session_framework', onDelete: 'RESTRICT' })
  framework: Framework;

  @FieldColumn(() => SessionMode, { type: 'varchar', length: 10 })
  mode: SessionMode;

  @FieldColumn(() => SessionStatus, { type: 'varchar', length: 20, default: SessionStatus.OPEN })
  status: SessionStatus;

  /** The sections this session covers, in the framework's order. */
  @Column({ name: 'section_ids', type: 'uuid', array: true })
  sectionIds: string[];

  @FieldColumn(
    { name: 'join_code', type: 'varchar', length: 12 },
    { description: 'The short code participants type to join (unambiguous letters and digits).' },
  )
  joinCode: string;

  @TimestampFieldColumn('join_code_expires_at', {
    description: 'After this nobody can join with the code (a survey also stops taking scores).',
  })
  joinCodeExpiresAt: Date;

  /** The statement on screen in a live session. */
  @UuidColumn('current_item_id', { nullable: true })
  currentItemId: string | null;

  @TimestampFieldColumn('ended_at', { nullable: true })
  endedAt: Date | null;

  @UuidColumn('created_by_id')
  createdById: string;

  get isEnded(): boolean {
    return this.status === SessionStatus.ENDED;
  }
}
