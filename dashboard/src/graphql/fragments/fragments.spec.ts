import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type FragmentDefinitionNode, Kind, NoUnusedFragmentsRule, print, specifiedRules, validate } from 'graphql';

import { loadOperationFiles, loadSchema } from '../operation-files';

// A fragment file's document holds only its fragment, so "unused fragment" is the one rule that does not apply to it.
const schema = loadSchema();
const rules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
const files = loadOperationFiles(__dirname);
const fragmentsOf = (file: (typeof files)[number]) =>
  file.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
// Operations spread fragments, and so may a larger fragment (a session view spreads its statement's).
const operationSources = ['queries', 'mutations', 'subscriptions', 'fragments'].flatMap((folder) =>
  loadOperationFiles(join(__dirname, '..', folder)).map((f) => readFileSync(join(__dirname, '..', folder, f.file), 'utf8')),
);

describe('dashboard GraphQL fragments', () => {
  it('should find the fragments for the fields several operations share', () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['peerComparisonFigures.ts', 'sectorCellFigures.ts']));
  });

  it.each(files.map((f) => [f.file, f] as const))('should validate %s against schema.graphql', (_file, { document }) => {
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
  });

  it.each(files.map((f) => [f.file, f] as const))(
    'should hold its own fragment, named after the file, first, then only the fragments it spreads, and no operation, in %s',
    (file, f) => {
      expect(f.operations).toEqual([]);
      const [own, ...included] = fragmentsOf(f).map((d) => d.name.value);
      expect(own).toBe(`${file[0].toUpperCase()}${file.slice(1, -'.ts'.length)}`);
      // Each included fragment is there because a fragment of this document spreads it.
      const printed = print(f.document);
      for (const name of included) expect(printed).toContain(`...${name}\n`);
    },
  );

  it.each(files.map((f) => [f.file, f] as const))('should type %s with its own fragment type and be spread by an operation', (file, f) => {
    const [fragment] = fragmentsOf(f);
    expect(readFileSync(join(__dirname, file), 'utf8')).toContain(`TypedDocumentNode<${fragment.name.value}Fragment>`);
    expect(operationSources.some((source) => source.includes(`...${fragment.name.value}\n`))).toBe(true);
  });
});
