import type { Read } from '../../common/database/read-together';

/**
 * The stamp of the facts that place councils in fixed peer groups: a number bumped in the same
 * transaction as every change to a council or to its circumstances (council_facts_version, by
 * statement-level triggers). A counter only, no council's data: it needs no viewer transaction.
 */
export const councilFactsVersionRead = (): Read<{ version: number }> => ({
  sql: `SELECT version::float8 AS version FROM council_facts_version WHERE id = 1`,
  params: [],
});
