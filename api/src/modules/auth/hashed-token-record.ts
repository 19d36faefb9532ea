import { Column, CreateDateColumn, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

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
    @Column({ name: 'user_id', type: 'uuid' })
    userId: string;

    @ManyToOne(() => User, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'user_id', foreignKeyConstraintName: `fk_${table}_user` })
    user: User;

    @Index(`uq_${table}_token_hash`, { unique: true })
    @Column({ name: 'token_hash', type: 'char', length: 64 })
    tokenHash: string;

    @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
    createdAt: Date;

    @Column({ name: 'expires_at', type: 'timestamptz' })
    expiresAt: Date;
  }
  return TokenRecord;
}
