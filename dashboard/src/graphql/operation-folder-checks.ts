import { validate } from 'graphql';

import { loadOperationFiles, loadSchema } from './operation-files';

/** The kind of operation a folder holds, as a document spells it. */
export type OperationKind = 'query' | 'mutation' | 'subscription';

const PLURAL: Record<OperationKind, string> = { query: 'queries', mutation: 'mutations', subscription: 'subscriptions' };

/**
 * The checks every operation folder (queries/, mutations/, subscriptions/) runs on its files: the
 * operations the dashboard relies on are there, each validates against schema.graphql, and each file
 * holds one operation of the folder's kind named after the file. codegen would also reject an invalid
 * operation; these say which file and why. For specs only: it reads the file system.
 */
export function describeOperationFolder(kind: OperationKind, folder: string, expectedFiles: string[]): void {
  const schema = loadSchema();
  const files = loadOperationFiles(folder);

  describe(`dashboard GraphQL ${PLURAL[kind]}`, () => {
    it(`should find the ${PLURAL[kind]} the dashboard uses`, () => {
      expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(expectedFiles));
    });

    it.each(files.map((f) => [f.file, f] as const))('should validate %s against schema.graphql', (_file, { document }) => {
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    });

    it.each(files.map((f) => [f.file, f] as const))(`should hold one ${kind} named after the file in %s`, (file, { operations }) => {
      expect(operations.map((o) => [o.operation, o.name?.value])).toEqual([
        [kind, `${file[0].toUpperCase()}${file.slice(1, -'.ts'.length)}`],
      ]);
    });
  });
}
