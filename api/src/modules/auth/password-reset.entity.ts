import { Entity } from 'typeorm';

import { TimestampColumn } from '../../common/entity-columns';

import { HashedTokenRecord } from './hashed-token-record';

/** A password reset link: single-use, expiring, and stored only as a hash of its token. */
@Entity({ name: 'password_reset' })
export class PasswordReset extends HashedTokenRecord('password_reset') {
  /** Set when the link is used, or when a newer link replaces it; a link works only while this is null. */
  @TimestampColumn('used_at', { nullable: true })
  usedAt: Date | null;
}
