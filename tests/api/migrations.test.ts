import { createDataSource } from '../../api/src/data-source';
import { MIGRATIONS } from '../../migrations';
import { createTestDatabase, type TestDatabase } from '../support/database';

const tablesIn = async (dataSource: ReturnType<typeof createDataSource>): Promise<string[]> =>
  (
    await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`)
  ).map((r: { tablename: string }) => r.tablename);

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('should run forwards, leave a schema identical to the entities, run backwards to nothing, and forwards again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await tablesIn(dataSource)).toEqual(
      expect.arrayContaining([
        'framework',
        'framework_item',
        'council',
        'assessment',
        'participant_response',
        'agreed_rating',
        'assessment_score',
      ]),
    );

    // The migrations, not synchronize, define the schema: the entities must need no further change.
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tablesIn(dataSource)).toEqual([]);

    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(MIGRATIONS.length);
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
