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
  const select = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) SELECT * FROM unnest(${select})`;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await manager.query(
      sql,
      columns.map((_, i) => batch.map((row) => row[i])),
    );
  }
}
