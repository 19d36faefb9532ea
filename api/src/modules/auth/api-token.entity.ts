import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

import { CreatedAtColumn, TimestampFieldColumn, UuidColumn } from '../../common/entity-columns';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';

import { ApiTokenScope } from './api-token.scopes';
import { User } from './user.entity';

/** A revocable token for scripted submissions; shown once when created, stored only as a hash. */
@ObjectType({ description: 'An API token for scripts. The token itself is shown only once, when created.' })
@Entity({ name: 'api_token' })
@Check('ck_api_token_scopes', `cardinality("scopes") > 0 AND "scopes" <@ '{read,submit}'::varchar[]`)
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_api_token' })
  id: string;

  @Index('ix_api_token_user')
  @UuidColumn('user_id')
  userId: string;

  @ForeignKey(() => User, { column: 'user_id', constraint: 'fk_api_token_user', onDelete: 'CASCADE' })
  user: User;

  @FieldColumn({ type: 'varchar', length: 100 }, { description: 'What the token is for, e.g. "Survey import script".' })
  name: string;

  @Index('uq_api_token_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @FieldColumn(
    () => [ApiTokenScope],
    { type: 'varchar', length: 20, array: true },
    { description: 'What requests made with the token may do: read, submit, or both.' },
  )
  scopes: ApiTokenScope[];

  @TimestampFieldColumn('expires_at', {
    description: 'When the token stops working. Every token has one, at most API_TOKEN_MAX_DAYS after it was created.',
  })
  expiresAt: Date;

  /** The token this one was created with, if any: revoking that token revokes this one too. */
  @Index('ix_api_token_created_by_token')
  @UuidColumn('created_by_token_id', { nullable: true })
  createdByTokenId: string | null;

  @ForeignKey(() => ApiToken, { column: 'created_by_token_id', constraint: 'fk_api_token_created_by_token', onDelete: 'CASCADE' })
  createdByToken: ApiToken | null;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  @TimestampFieldColumn('last_used_at', { nullable: true })
  lastUsedAt: Date | null;

  @TimestampFieldColumn('revoked_at', { nullable: true })
  revokedAt: Date | null;
}
