import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type GraphQLSchema, printSchema } from 'graphql';

/** The API modules print-schema uses, typed here by hand: the dashboard's compiler settings cannot check the API's decorators. */
type ApiSchemaModules = {
  loadConfig: (env: Record<string, string | undefined>) => unknown;
  createDataSource: (url: string) => unknown;
  createServices: (dataSource: unknown, config: unknown) => unknown;
  createSchema: (services: unknown) => Promise<GraphQLSchema>;
};

function loadApiSchemaModules(): ApiSchemaModules {
  const api = join(__dirname, '..', '..', '..', 'api', 'src');
  require('reflect-metadata');
  return {
    ...require(join(api, 'config')),
    ...require(join(api, 'data-source')),
    ...require(join(api, 'graphql', 'services')),
    ...require(join(api, 'graphql', 'schema')),
  };
}

describe('dashboard/schema.graphql', () => {
  it("should match the API's schema, so codegen types the dashboard against what the API serves", async () => {
    const { loadConfig, createDataSource, createServices, createSchema } = loadApiSchemaModules();
    // Built as api/src/graphql/print-schema.ts builds it: no database is reached.
    const schema = await createSchema(createServices(createDataSource('postgres://unused/unused'), loadConfig({})));
    // If this fails: npx tsc -p tsconfig.json && node build/api/src/graphql/print-schema.js && npm run codegen
    expect(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8')).toBe(printSchema(schema) + '\n');
  });
});
