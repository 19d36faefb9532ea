import type { DataSource, QueryRunner } from 'typeorm';

/** What the database answered a refused statement: its SQLSTATE and, where there is one, the constraint. */
export type Refusal = { code: string; constraint?: string };

export type RolledBackStatements = {
  /** The current test's connection, inside its transaction. */
  readonly runner: QueryRunner;
  /** Runs one statement; its refusal (undone to a savepoint, so the test goes on), or null when it was accepted. */
  refusal(sql: string, params?: unknown[]): Promise<Refusal | null>;
};

/**
 * Gives each test of a suite a connection in a transaction that is rolled back after it, so tests
 * may write what they like to the suite's database, and a way to try statements that may be refused.
 */
export function useRolledBackStatements(dataSource: () => DataSource): RolledBackStatements {
  let runner: QueryRunner;
  beforeEach(async () => {
    runner = dataSource().createQueryRunner();
    await runner.startTransaction();
  });
  afterEach(async () => {
    await runner.rollbackTransaction();
    await runner.release();
  });
  return {
    get runner() {
      return runner;
    },
    async refusal(sql, params = []) {
      await runner.query('SAVEPOINT attempt');
      try {
        await runner.query(sql, params);
        return null;
      } catch (error) {
        await runner.query('ROLLBACK TO SAVEPOINT attempt');
        const { code, constraint } = (error as { driverError: Refusal }).driverError;
        return constraint ? { code, constraint } : { code };
      }
    },
  };
}
