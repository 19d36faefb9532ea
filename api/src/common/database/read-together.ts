/** A query whose rows come back as TRow: its SQL, with parameters numbered from $1, and their values. */
export type Read<TRow> = { sql: string; params: unknown[]; /** Never set: carries the row type. */ readonly row?: TRow };

/** Whatever runs one statement and returns its rows: a TypeORM manager, or a pg client with `.rows`. */
export type RunQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export type RowsOf<TReads extends Record<string, Read<unknown>>> = {
  [K in keyof TReads]: TReads[K] extends Read<infer TRow> ? TRow[] : never;
};

/**
 * Runs several reads as one statement, so they cost one round trip to the database instead of one
 * each: every read becomes a subquery whose rows come back as a JSON array under its name. Each
 * read's parameters are renumbered after the previous reads', so its SQL must use "$" only for
 * parameters. Values arrive as JSON gives them: numeric and double precision columns as numbers.
 */
export async function readTogether<TReads extends Record<string, Read<unknown>>>(run: RunQuery, reads: TReads): Promise<RowsOf<TReads>> {
  const names = Object.keys(reads);
  const params: unknown[] = [];
  const columns = names.map((name) => {
    const offset = params.length;
    const read = reads[name];
    params.push(...read.params);
    const sql = read.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return `(SELECT coalesce(json_agg(r), '[]') FROM (${sql}) r) AS "${name}"`;
  });
  const [row] = await run(`SELECT ${columns.join(',\n       ')}`, params);
  return row as RowsOf<TReads>;
}
