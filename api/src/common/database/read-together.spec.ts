import { readTogether } from './read-together';

describe('readTogether', () => {
  it('should send one statement with each read as a named JSON column and its parameters renumbered after the previous reads', async () => {
    const sent: { sql: string; params: unknown[] }[] = [];
    const rows = await readTogether(
      async (sql, params) => {
        sent.push({ sql, params });
        return [{ first: [{ n: 1 }], second: [] }];
      },
      {
        first: { sql: 'SELECT $1::int AS n WHERE $2', params: [1, true] },
        second: { sql: 'SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $1', params: ['a', 'b'] },
      },
    );
    expect(sent).toHaveLength(1);
    expect(sent[0].params).toEqual([1, true, 'a', 'b']);
    expect(sent[0].sql).toContain(`(SELECT coalesce(json_agg(r), '[]') FROM (SELECT $1::int AS n WHERE $2) r) AS "first"`);
    expect(sent[0].sql).toContain(
      `(SELECT coalesce(json_agg(r), '[]') FROM (SELECT * FROM t WHERE a = $3 AND b = $4 AND c = $3) r) AS "second"`,
    );
    expect(rows).toEqual({ first: [{ n: 1 }], second: [] });
  });

  it('should renumber parameters past $9 without confusing $1 with $10', async () => {
    let sentSql = '';
    await readTogether(
      async (sql) => {
        sentSql = sql;
        return [{}];
      },
      {
        nine: { sql: `SELECT ${Array.from({ length: 9 }, (_, i) => `$${i + 1}`).join(', ')}`, params: Array(9).fill(0) },
        ten: { sql: 'SELECT $1, $10', params: Array(10).fill(0) },
      },
    );
    expect(sentSql).toContain('SELECT $10, $19');
  });
});
