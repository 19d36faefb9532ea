import { Column, Index, PrimaryGeneratedColumn } from 'typeorm';

import { CreatedAtColumn, TimestampColumn, UuidColumn } from '../../common/entity-columns';
import { ForeignKey } from '../../common/foreign-key';

import { User } from './user.entity';

/**
 * The columns of a row that lets one user in by a secret token (a session, a password reset link):
 * the user, a hash of the token (never the token itself), and when it was made and expires. Each
 * table's constraints and indexes are named after it.
 */
export function HashedTokenRecord(table: 'password_reset' | 'user_session') {
  abstract class TokenRecord {
    @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: `pk_${table}` })
    id: string;

    @Index(`ix_${table}_user`)
    @UuidColumn('user_id')
    userId: string;

    @ForeignKey(() => User, { column: 'user_id', constraint: `fk_${table}_user`, onDelete: 'CASCADE' })
    user: User;

    @Index(`uq_${table}_token_hash`, { unique: true })
    @Column({ name: 'token_hash', type: 'char', length: 64 })
    tokenHash: string;

    @CreatedAtColumn()
    createdAt: Date;

    @TimestampColumn('expires_at')
    expiresAt: Date;
  }
  return TokenRecord;
}
