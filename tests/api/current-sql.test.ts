import { readFileSync } from 'node:fs';

import { CURRENT_SQL_COMMAND, CURRENT_SQL_PATH, migrateAndDescribe } from '../../scripts/migrations/current-sql';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** The lines only one side has, at most `limit` of them, each marked `-` (checked in) or `+` (migrations). */
function differingLines(checkedIn: string, current: string, limit = 20): string[] {
  const before = new Set(checkedIn.split('\n'));
  const after = new Set(current.split('\n'));
  return [
    ...[...before].filter((line) => !after.has(line)).map((line) => `- ${line}`),
    ...[...after].filter((line) => !before.has(line)).map((line) => `+ ${line}`),
  ].slice(0, limit);
}

describe('migrations/CURRENT.sql', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('should describe the functions and row-level security that running every migration leaves', async () => {
    const current = await migrateAndDescribe(database.url);
    const checkedIn = readFileSync(CURRENT_SQL_PATH, 'utf8');
    if (current !== checkedIn) {
      throw new Error(
        [
          `migrations/CURRENT.sql is out of date: run \`${CURRENT_SQL_COMMAND}\` and commit the result.`,
          'Lines that differ (- checked in, + what the migrations leave now):',
          ...differingLines(checkedIn, current),
        ].join('\n'),
      );
    }
    // The file describes something: every function the API relies on is in it.
    expect(current).toMatch(/^CREATE OR REPLACE FUNCTION public\.touchstone_can_read\(/m);
    expect(current).toMatch(/^ALTER TABLE public\.assessment FORCE ROW LEVEL SECURITY;$/m);
    expect(current).toMatch(/^CREATE POLICY assessment_read ON public\.assessment /m);
  });
});
