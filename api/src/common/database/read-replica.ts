import type { DataSource, EntityManager } from 'typeorm';

/** SQLSTATE 25006: a write attempted in a read-only transaction, as every transaction on a hot standby is. */
const READ_ONLY_TRANSACTION = '25006';

const isReadOnlyRefusal = (error: unknown): boolean =>
  ((error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code) === READ_ONLY_TRANSACTION;

/** True when the data source was built with a read replica (createDataSource's replicaUrl). */
export const hasReadReplica = (dataSource: DataSource): boolean => Boolean((dataSource.options as { replication?: unknown }).replication);

/**
 * The data source as a service that only reads should use it: its transactions run on the read
 * replica, and everything else (and all of it, when no replica is configured) on the primary. A
 * transaction that turns out to write (refreshing stored distributions, recording a release) is
 * refused by the replica and run again, from the start, on the primary, so what it read before
 * writing is the primary's too. The work must therefore be safe to run twice, as reads are.
 */
export function readReplicaOf(dataSource: DataSource): DataSource {
  if (!hasReadReplica(dataSource)) return dataSource;
  const onReplica = async <TResult>(work: (manager: EntityManager) => Promise<TResult>): Promise<TResult> => {
    const runner = dataSource.createQueryRunner('slave');
    await runner.connect();
    try {
      await runner.startTransaction();
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  };
  const transaction = async <TResult>(...args: unknown[]): Promise<TResult> => {
    // dataSource.transaction(work) or dataSource.transaction(isolationLevel, work): the replica takes the first form only.
    const work = args[args.length - 1] as (manager: EntityManager) => Promise<TResult>;
    if (args.length > 1) return (dataSource.transaction as (...a: unknown[]) => Promise<TResult>)(...args);
    try {
      return await onReplica(work);
    } catch (error) {
      if (!isReadOnlyRefusal(error)) throw error;
      return dataSource.transaction(work);
    }
  };
  return new Proxy(dataSource, {
    get: (target, property, receiver) => (property === 'transaction' ? transaction : Reflect.get(target, property, receiver)),
  });
}
