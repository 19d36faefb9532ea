import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import { prepareDatabase } from '../../api/src/bootstrap';
import { loadConfig } from '../../api/src/config';
import { createDataSource } from '../../api/src/data-source';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** As migrations/1796158017329-spreadBenchmarkDataVersion.ts spreads the version. */
const SLOTS = 32;
const SMALL_DEMO = { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] as [number, number] };
/** The most connections opened while looking for one that maps to a given slot. */
const MOST_TRIES = 4 * SLOTS;

type Connection = { client: Client; slot: number };

/**
 * A framework's benchmark data version is spread over slot rows, one per database connection's
 * pg_backend_pid() % 32 (migrations/1796158017329-spreadBenchmarkDataVersion.ts), so two
 * submissions committing at once bump different rows and neither waits for the other's row lock,
 * while benchmark_data_version, the slots' sum, still moves by one for each committed change.
 */
describe('benchmark data version slots', () => {
  let database: TestDatabase;
  let owner: DataSource;
  /** Two submitted assessments of one framework, each changed by one of two transactions. */
  let framework: string;
  let assessments: [string, string];
  const opened: Client[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = createDataSource(database.url, { poolSize: 2 });
    await owner.initialize();
    await prepareDatabase(
      owner,
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, DEMO_DATA: 'true' }),
      () => undefined,
      SMALL_DEMO,
    );
    const [first]: { framework_id: string }[] = await owner.query(
      `SELECT framework_id FROM assessment WHERE status = 'submitted' GROUP BY framework_id HAVING count(*) >= 2 LIMIT 1`,
    );
    framework = first.framework_id;
    const rows: { id: string }[] = await owner.query(
      `SELECT id FROM assessment WHERE status = 'submitted' AND framework_id = $1 ORDER BY id LIMIT 2`,
      [framework],
    );
    assessments = [rows[0].id, rows[1].id];
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((client) => client.end()));
    // Whatever a test committed is put back, so each test starts from the demo's submissions.
    await owner.query(`UPDATE assessment SET status = 'submitted' WHERE id = ANY ($1) AND status = 'superseded'`, [assessments]);
  });
  afterAll(async () => {
    await owner.destroy();
    await database.drop();
  });

  const connect = async (): Promise<Connection> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    opened.push(client);
    const [{ slot }] = (await client.query(`SELECT pg_backend_pid() % ${SLOTS} AS slot`)).rows;
    return { client, slot: Number(slot) };
  };
  /** A new connection whose slot is, or is not, the given one's. */
  const connectTo = async (slot: number, same: boolean): Promise<Connection> => {
    for (let tries = 0; tries < MOST_TRIES; tries++) {
      const connection = await connect();
      if ((connection.slot === slot) === same) return connection;
      await connection.client.end();
      opened.splice(opened.indexOf(connection.client), 1);
    }
    throw new Error(`no connection mapped ${same ? 'to' : 'away from'} slot ${slot} in ${MOST_TRIES} tries`);
  };
  /** The framework's version as a reader outside both transactions sees it. */
  const committedVersion = async () =>
    Number((await owner.query(`SELECT version FROM benchmark_data_version WHERE framework_id = $1`, [framework]))[0]?.version ?? 0);
  /**
   * Opens a transaction that withdraws one submission (firing the deferred bump) and runs the bump
   * now, so the transaction holds its slot row until it ends; null when it ran, else the SQLSTATE.
   */
  const bumpAndHold = async ({ client }: Connection, assessment: string, lockTimeout?: string): Promise<string | null> => {
    await client.query('BEGIN');
    if (lockTimeout) await client.query(`SET LOCAL lock_timeout = '${lockTimeout}'`);
    const { rowCount } = await client.query(`UPDATE assessment SET status = 'superseded' WHERE id = $1 AND status = 'submitted'`, [
      assessment,
    ]);
    expect(rowCount).toBe(1);
    try {
      await client.query('SET CONSTRAINTS ALL IMMEDIATE');
      return null;
    } catch (error) {
      return (error as { code: string }).code;
    }
  };
  /** The framework's version as the connection's own transaction sees it. */
  const versionInside = async ({ client }: Connection) =>
    Number((await client.query(`SELECT version FROM benchmark_data_version WHERE framework_id = $1`, [framework])).rows[0]?.version ?? 0);

  it('should let a second submission bump its slot while the first holds its own, and count both once committed', async () => {
    const first = await connect();
    const second = await connectTo(first.slot, false);
    const before = await committedVersion();

    expect(await bumpAndHold(first, assessments[0])).toBeNull();
    // With one row per framework, this waited for the first transaction's lock and gave up: 55P03.
    expect(await bumpAndHold(second, assessments[1], '2s')).toBeNull();
    // Each transaction sees its own bump and not the other's; a reader sees neither yet.
    expect(await versionInside(first)).toBe(before + 1);
    expect(await versionInside(second)).toBe(before + 1);
    expect(await committedVersion()).toBe(before);

    await first.client.query('COMMIT');
    expect(await committedVersion()).toBe(before + 1);
    await second.client.query('COMMIT');
    expect(await committedVersion()).toBe(before + 2);
  });

  it('should make a second submission wait for the first and time out when their connections share a slot', async () => {
    const first = await connect();
    const second = await connectTo(first.slot, true);
    const before = await committedVersion();

    expect(await bumpAndHold(first, assessments[0])).toBeNull();
    expect(await bumpAndHold(second, assessments[1], '200ms')).toBe('55P03');

    await second.client.query('ROLLBACK');
    await first.client.query('COMMIT');
    expect(await committedVersion()).toBe(before + 1);
  });
});
