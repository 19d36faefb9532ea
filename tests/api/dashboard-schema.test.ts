import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { printSchema } from 'graphql';

import { PROJECT_ROOT } from '../../api/src/common/project-root';
import { loadConfig } from '../../api/src/config';
import { createDataSource } from '../../api/src/data-source';
import { createSchema } from '../../api/src/graphql/schema';
import { createServices } from '../../api/src/services';

/**
 * The dashboard is typed against dashboard/schema.graphql, never against the API's code; this checks
 * that file is what the API serves. It lives here, beside the API's tests, so the dashboard itself
 * never imports from api/.
 */
describe('dashboard/schema.graphql', () => {
  it("should match the API's schema, so codegen types the dashboard against what the API serves", async () => {
    // Built as api/src/graphql/print-schema.ts builds it: no database is reached.
    const schema = await createSchema(createServices(createDataSource('postgres://unused/unused'), loadConfig({})));
    // If this fails: npm run schema:print && npm run codegen
    expect(readFileSync(join(PROJECT_ROOT, 'dashboard', 'schema.graphql'), 'utf8')).toBe(printSchema(schema) + '\n');
  });
});
