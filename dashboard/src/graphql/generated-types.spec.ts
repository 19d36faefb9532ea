import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadOperationFiles } from './operation-files';

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

describe('generated GraphQL types', () => {
  it('should match what `npm run codegen` generates from schema.graphql and the operations', () => {
    // codegen's --check generates in memory and exits 1 listing stale files, writing nothing. It runs
    // in its own process because the CLI's dependencies are ES modules that jest's CommonJS cannot load.
    const check = spawnSync(
      process.execPath,
      [
        join(REPOSITORY_ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js'),
        '--config',
        'dashboard/codegen.ts',
        '--check',
        '--silent',
      ],
      {
        cwd: REPOSITORY_ROOT,
        encoding: 'utf8',
      },
    );
    expect({ status: check.status, output: `${check.stdout}${check.stderr}`.trim() }).toEqual({ status: 0, output: '' });
  });

  // The gql documents are annotated by hand with the generated types; this keeps each annotation on its own operation.
  it.each(
    ['queries', 'mutations', 'subscriptions'].flatMap((folder) =>
      loadOperationFiles(join(__dirname, folder)).map((f) => [`${folder}/${f.file}`, f] as const),
    ),
  )('should type the document in %s with its own operation types', (path, { operations }) => {
    const [operation] = operations;
    const typeName = `${operation.name?.value}${operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription'}`;
    expect(readFileSync(join(__dirname, path), 'utf8')).toContain(`TypedDocumentNode<${typeName}, ${typeName}Variables>`);
  });
});
