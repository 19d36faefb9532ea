import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import { BaseEntity } from '../../common/base.entity';
import { IdFieldColumn, TimestampColumn, TimestampFieldColumn, UuidColumn } from '../../common/entity-columns';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';
import { Council } from '../council/index';

/** A person who signs in: an email, a password hash, a role and (for council roles) a council. */
@ObjectType({ description: 'A user of Touchstone.' })
@Entity({ name: 'app_user' })
@Index('uq_app_user_email', ['email'], { unique: true })
export class User extends BaseEntity {
  @FieldColumn({ type: 'varchar', length: 254 }, { description: 'Stored lower-case; unique.' })
  email: string;

  /**
   * The password's argon2id settings: the PHC string without its hash (algorithm, parameters, salt),
   * from which the API computes the proof a sign-in hands to the database. The database keeps only
   * a verifier of the hash, which the API cannot read. Null until the invitation is accepted.
   */
  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  /**
   * sha256 of the password's argon2id hash, set by the database from a PHC string written to
   * password_hash. Never read or written here: the API's role cannot select it (the migration
   * CheckAccountCredentialsInDatabase); declared so that the entities describe the whole table.
   */
  @Column({ name: 'password_verifier', type: 'bytea', nullable: true, select: false, insert: false, update: false })
  passwordVerifier?: never;

  @FieldColumn(() => UserRole, { type: 'varchar', length: 20 })
  role: UserRole;

  @Index('ix_app_user_council')
  @IdFieldColumn('council_id', { nullable: true })
  councilId: string | null;

  @ForeignKey(() => Council, { column: 'council_id', constraint: 'fk_app_user_council', onDelete: 'RESTRICT' })
  council: Council | null;

  /** sha256 of the invitation token, until it is accepted. */
  @Column({ name: 'invitation_token_hash', type: 'char', length: 64, nullable: true })
  invitationTokenHash: string | null;

  @TimestampColumn('invitation_expires_at', { nullable: true })
  invitationExpiresAt: Date | null;

  @UuidColumn('invited_by_id', { nullable: true })
  invitedById: string | null;

  /** The API token the invitation was made with, if any (none can be now): revoking the token withdraws an unaccepted invitation. */
  @Index('ix_app_user_invited_by_token')
  @UuidColumn('invited_by_token_id', { nullable: true })
  invitedByTokenId: string | null;

  @TimestampFieldColumn('last_signed_in_at', { nullable: true })
  lastSignedInAt: Date | null;

  @TimestampColumn('disabled_at', { nullable: true })
  disabledAt: Date | null;

  @Field({ description: 'Whether the invitation has been accepted and a password set.' })
  get isActive(): boolean {
    return this.passwordHash !== null && this.disabledAt === null;
  }
}
