import type { DataSource } from 'typeorm';

import { MIGRATIONS } from '../../migrations';
import { publicTables, useTestDataSource } from '../support/database';

const tablesIn = (dataSource: DataSource) => publicTables(dataSource, { withMigrations: false });

describe('migrations', () => {
  const suite = useTestDataSource(2);

  it('should run forwards, leave a schema identical to the entities, run backwards to nothing, and forwards again', async () => {
    const { dataSource } = suite;
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
