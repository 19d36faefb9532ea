import { Column, Entity, PrimaryColumn } from 'typeorm';

import { TimestampColumn } from '../../common/entity-columns';

/**
 * One sign-in limit's running count: an account, an account from one address, or an address.
 * Shared by every API process through the database; reserved before a password is checked (see
 * sign-in-limits.ts). The key is a hash, so the table holds no list of the emails or addresses tried.
 */
@Entity({ name: 'sign_in_throttle' })
export class SignInThrottle {
  /** sha256 of the limit's kind and subject, e.g. "account:<email>". */
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'pk_sign_in_throttle' })
  key: string;

  /** Which limit: account, account-address, address or reset-request. */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  /** Failed attempts in this run, and attempts still being checked. */
  @Column({ type: 'integer' })
  attempts: number;

  /** No attempt is let through before this (the back-off). */
  @TimestampColumn('blocked_until', { nullable: true })
  blockedUntil: Date | null;

  /** A run ends, and the count is forgotten, after a quiet period from this. */
  @TimestampColumn('last_attempt_at')
  lastAttemptAt: Date;
}
