import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema, type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode } from 'graphql';

/** One operation file as the specs see it: its name, the operation it holds and the document. */
export type OperationFile = { file: string; operations: OperationDefinitionNode[]; document: DocumentNode };

/** The API's schema, as printed into dashboard/schema.graphql. For specs only: it reads the file system. */
export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
}

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;

/**
 * Every operation file in a folder with the documents it exports, found by reading the folder, so a
 * new file is checked without anyone remembering to list it. For specs only.
 */
export function loadOperationFiles(folder: string): OperationFile[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .sort()
    .flatMap((file) => {
      // require, not import(): jest runs the specs as CommonJS, and this keeps the loading synchronous for it.each.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
      const exports: Record<string, unknown> = require(join(folder, file));
      return Object.values(exports)
        .filter(isDocument)
        .map((document) => ({
          file,
          document,
          operations: document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
        }));
    });
}
