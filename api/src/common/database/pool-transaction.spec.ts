import type { Pool, PoolClient } from 'pg';

import { inPoolTransaction } from './pool-transaction';

/** A pool whose one client records the statements it is sent and whether it was released. */
function recordingPool(failOn?: string) {
  const sent: string[] = [];
  let released = 0;
  const client = {
    query: async (sql: string) => {
      sent.push(sql);
      if (sql === failOn) throw new Error(`${sql} failed`);
      return { rows: [] };
    },
    release: () => {
      released += 1;
    },
  } as unknown as PoolClient;
  const pool = { connect: async () => client } as unknown as Pool;
  return { pool, sent, released: () => released };
}

describe('inPoolTransaction', () => {
  it('should commit and return the result when the work returns', async () => {
    const { pool, sent, released } = recordingPool();
    await expect(inPoolTransaction(pool, async (client) => (await client.query('SELECT 1'), 'done'))).resolves.toBe('done');
    expect(sent).toEqual(['BEGIN', 'SELECT 1', 'COMMIT']);
    expect(released()).toBe(1);
  });

  it('should roll back, release the client and throw the error on when the work throws', async () => {
    const { pool, sent, released } = recordingPool('SELECT 1');
    await expect(inPoolTransaction(pool, (client) => client.query('SELECT 1'))).rejects.toThrow('SELECT 1 failed');
    expect(sent).toEqual(['BEGIN', 'SELECT 1', 'ROLLBACK']);
    expect(released()).toBe(1);
  });

  it('should throw the work error, not the rollback error, when the rollback fails too', async () => {
    const { pool, sent } = recordingPool('ROLLBACK');
    const failing = async () => {
      throw new Error('work failed');
    };
    await expect(inPoolTransaction(pool, failing)).rejects.toThrow('work failed');
    expect(sent).toEqual(['BEGIN', 'ROLLBACK']);
  });
});
