import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { printSchema } from 'graphql';

import { PROJECT_ROOT } from '../common/project-root';
import { loadConfig } from '../config';
import { createDataSource } from '../data-source';
import { createServices } from '../services';

import { createSchema } from './schema';

/** `npm run schema:print`: writes the GraphQL schema (SDL) for the dashboard's typed operations; needs no database. */
async function main() {
  const config = loadConfig({});
  const schema = await createSchema(createServices(createDataSource('postgres://unused/unused'), config));
  writeFileSync(join(PROJECT_ROOT, 'dashboard', 'schema.graphql'), printSchema(schema) + '\n');
}

void main();
