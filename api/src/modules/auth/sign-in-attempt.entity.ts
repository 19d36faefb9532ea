import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept briefly to rate-limit guessing; shared by every API process through the database. */
@Entity({ name: 'sign_in_failure' })
@Index('ix_sign_in_failure_email', ['emailHash', 'at'])
@Index('ix_sign_in_failure_ip', ['ip', 'at'])
export class SignInFailure {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'pk_sign_in_failure' })
  id: number;

  /** sha256 of the lower-cased email: the table does not hold a list of addresses tried. */
  @Column({ name: 'email_hash', type: 'char', length: 64 })
  emailHash: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
