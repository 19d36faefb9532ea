import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ObjectType } from 'type-graphql';

import { IdFieldColumn } from '../../common/entity-columns';
import { IdValueField } from '../../common/graphql/object-fields';
import { UserRole } from '../../common/auth/viewer';
import { FieldColumn } from '../../common/field-column';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

/** What was done: every administration action and every change to whom a council shares with. */
export const AuditAction = graphqlEnum(
  'AuditAction',
  [
    'user_invited',
    'user_role_changed',
    'user_disabled',
    'user_enabled',
    'user_sessions_ended',
    'circumstance_recorded',
    'circumstance_removed',
    'collaboration_group_created',
    'collaboration_councils_invited',
    'collaboration_consent_given',
    'collaboration_consent_withdrawn',
    'pas_sharing_started',
    'pas_sharing_stopped',
    'plan_sharing_changed',
    'framework_version_uploaded',
    'framework_version_published',
  ],
  'An administration or sharing action recorded in the audit log.',
);
export type AuditAction = EnumValue<typeof AuditAction>;

/**
 * One line of the audit log: who did what, to what, and when. Rows are only ever added: the API's
 * database role may INSERT and SELECT, and a trigger refuses UPDATE and DELETE for every role
 * (migrations/…-addAuditLog.ts). The actor's email and role are copied in, so the line still says
 * who it was after their account changes.
 */
@ObjectType({ description: 'An administration or sharing action: who did what, and when. The log is append-only.' })
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_occurred_at', ['occurredAt'])
export class AuditEvent {
  @IdValueField()
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_event' })
  id: string;

  @FieldColumn({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' }, { description: 'When the action took effect.' })
  occurredAt: Date;

  @IdFieldColumn('actor_id', { nullable: true, description: 'The user who acted.' })
  actorId: string | null;

  @FieldColumn({ name: 'actor_email', type: 'varchar', length: 254 }, { description: 'The email address the actor had when they acted.' })
  actorEmail: string;

  @FieldColumn(
    () => UserRole,
    { name: 'actor_role', type: 'varchar', length: 20 },
    { description: 'The role the actor had when they acted.' },
  )
  actorRole: UserRole;

  @FieldColumn(() => AuditAction, { type: 'varchar', length: 60 })
  action: AuditAction;

  @FieldColumn(
    { name: 'subject_type', type: 'varchar', length: 40 },
    { description: 'What the action was done to, e.g. "user", "council", "collaboration group", "framework version".' },
  )
  subjectType: string;

  @FieldColumn(
    { name: 'subject', type: 'varchar', length: 300 },
    { description: 'Which one: an email address, a GSS code, a group name or key@version.' },
  )
  subject: string;

  @FieldColumn({ type: 'text' }, { description: 'The action in plain words, e.g. "Changed role from council member to council lead".' })
  summary: string;
}
