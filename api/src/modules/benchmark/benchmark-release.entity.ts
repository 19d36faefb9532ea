import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { UuidColumn } from '../../common/entity-columns';

/**
 * One row of the release ledger (release-ledger.ts): a distinct set of contributing submissions
 * that has been served for one subject (framework version, scope, section/theme/item, dimension),
 * with the cut that first served it and when. Append-only: the API role may insert and read it.
 * Not exposed through GraphQL.
 */
@Entity({ name: 'benchmark_release' })
@Unique('uq_benchmark_release_subject_set', ['frameworkId', 'scope', 'subjectId', 'dimensionId', 'submissionsHash'])
@Index('ix_benchmark_release_subject_size', ['frameworkId', 'scope', 'subjectId', 'dimensionId', 'size'])
export class BenchmarkRelease {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @UuidColumn('framework_id')
  frameworkId: string;

  /** section, theme, item or matrix. */
  @Column({ type: 'text' })
  scope: string;

  @UuidColumn('subject_id')
  subjectId: string;

  @UuidColumn('dimension_id')
  dimensionId: string;

  /** md5 of `submissions` as PostgreSQL writes an int[], as a uuid: the dedupe key within a subject. */
  @UuidColumn('submissions_hash')
  submissionsHash: string;

  /** How many submissions contributed (the ledger's index compares only sets within the threshold of this). */
  @Column({ type: 'int' })
  size: number;

  /** The contributing submissions' numbers (release_submission.id), sorted ascending. */
  @Column({ type: 'int', array: true })
  submissions: number[];

  /** Which view first served it: position, sector or matrix. */
  @Column({ type: 'text' })
  view: string;

  /** The peer group of the cut that first served it. */
  @Column({ name: 'group_key', type: 'text' })
  groupKey: string;

  /** The round, or the window of rounds, of the cut that first served it. */
  @Column({ type: 'text', array: true })
  rounds: string[];

  /** The set was found too close to a release and withheld: kept so the next read of it is withheld at once; never compared with. */
  @Column({ type: 'boolean', default: false })
  refused: boolean;

  @CreateDateColumn({ name: 'released_at', type: 'timestamptz' })
  releasedAt: Date;
}
