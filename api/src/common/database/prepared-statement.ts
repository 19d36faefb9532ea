import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/** A statement sent on (nearly) every request, by a name unique to it. */
export type PreparedStatement = { name: string; text: string };

/**
 * Runs a statement that every request sends as a named prepared statement: node-postgres prepares
 * it the first time a pooled connection sends it, and PostgreSQL keeps its plan for that
 * connection. Sent as plain text, it is planned afresh every time, and for a short look-up over a
 * few joined tables and row-level security policies the planning costs several times the running.
 * It goes to the primary, as TypeORM's own queries do.
 */
export async function queryPrepared<TRow>(dataSource: DataSource, statement: PreparedStatement, values: unknown[]): Promise<TRow[]> {
  const runner = dataSource.createQueryRunner('master');
  try {
    const client = (await runner.connect()) as PoolClient;
    const result = await client.query<TRow & object>({ name: statement.name, text: statement.text, values });
    return result.rows;
  } finally {
    await runner.release();
  }
}
