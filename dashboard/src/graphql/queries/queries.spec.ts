import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema, validate, type DocumentNode } from 'graphql';

import { GET_COUNCILS } from './getCouncils';
import { GET_FRAMEWORKS } from './getFrameworks';
import { GET_SECTION_COMPARISON } from './getSectionComparison';

// Until codegen arrives, this keeps the hand-written operations honest against the API's schema.
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8'));

const operations: [string, DocumentNode][] = [
  ['GetCouncils', GET_COUNCILS],
  ['GetFrameworks', GET_FRAMEWORKS],
  ['GetSectionComparison', GET_SECTION_COMPARISON],
];

describe('dashboard GraphQL operations', () => {
  it.each(operations)('should validate %s against schema.graphql', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
