import { validate } from 'graphql';

import { loadOperationFiles, loadSchema } from '../operation-files';

// codegen would also reject an invalid operation; these say which file and why, and keep one operation per file.
const schema = loadSchema();
const files = loadOperationFiles(__dirname);

describe('dashboard GraphQL subscriptions', () => {
  it('should find the subscriptions the dashboard uses', () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['sessionChanged.ts']));
  });

  it.each(files.map((f) => [f.file, f] as const))('should validate %s against schema.graphql', (_file, { document }) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it.each(files.map((f) => [f.file, f] as const))('should hold one subscription named after the file in %s', (file, { operations }) => {
    expect(operations.map((o) => [o.operation, o.name?.value])).toEqual([
      ['subscription', `${file[0].toUpperCase()}${file.slice(1, -'.ts'.length)}`],
    ]);
  });
});
