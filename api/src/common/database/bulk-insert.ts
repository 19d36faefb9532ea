import type { EntityManager } from 'typeorm';

export type Column = { name: string; type: string };

/**
 * Inserts many rows in one statement per batch by passing one array per column to unnest(): the
 * statement stays small and parameterised however many rows it carries.
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: Column[],
  rows: unknown[][],
  batchSize = 20000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await bulkInsertColumns(
      manager,
      table,
      columns,
      columns.map((_, i) => batch.map((row) => row[i])),
    );
  }
}

/**
 * bulkInsert's statement, with the values given column by column: one array per column, all of
 * one length, or (for a column of uuids) the array already written as PostgreSQL text (uuidArray).
 */
export async function bulkInsertColumns(manager: EntityManager, table: string, columns: Column[], values: unknown[]): Promise<void> {
  const select = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  await manager.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) SELECT * FROM unnest(${select})`, values);
}

/**
 * Uuids as one PostgreSQL array literal, for a uuid[] parameter. A uuid needs no quoting, so this
 * skips the driver's escaping of each element, which for the ~1,400 responses of a submission
 * costs more than building the statement.
 */
export const uuidArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;
