import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed attempt to join with a code, kept briefly to limit guessing per address; shared by every API process through the database. */
@Entity({ name: 'session_join_failure' })
@Index('ix_session_join_failure_ip', ['ip', 'at'])
export class SessionJoinFailure {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'pk_session_join_failure' })
  id: number;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
