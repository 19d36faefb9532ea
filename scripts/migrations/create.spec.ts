import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createMigration, registerMigration } from './create';

const ONE_MIGRATION_INDEX = `import { ReadPeerDistributionsByMembersHash1795403000000 } from './1795403000000-readPeerDistributionsByMembersHash';

/** Every migration, oldest first. Add new ones at the end; never edit a merged one. */
export const MIGRATIONS = [
  ReadPeerDistributionsByMembersHash1795403000000,
];
`;

describe('createMigration', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'touchstone-create-migration-'));
    // A fixed index of one migration, so the spec does not change each time a migration lands.
    writeFileSync(join(dir, 'index.ts'), ONE_MIGRATION_INDEX);
    writeFileSync(join(dir, '1795403000000-readPeerDistributionsByMembersHash.ts'), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should write a stub named after the time and the description, and register it last in index.ts', () => {
    const created = createMigration(dir, 'addPublishedAtToBenchmark', 1796000000123);
    expect(created).toEqual({ file: '1796000000123-addPublishedAtToBenchmark.ts', className: 'AddPublishedAtToBenchmark1796000000123' });

    const source = readFileSync(join(dir, created.file), 'utf8');
    expect(source).toContain('export class AddPublishedAtToBenchmark1796000000123 implements MigrationInterface {');
    expect(source).toContain("  name = 'AddPublishedAtToBenchmark1796000000123';");
    expect(source).toMatch(/async up\(queryRunner: QueryRunner\): Promise<void> \{\n\s+\/\/ Raw SQL/);
    expect(source).toMatch(/async down\(queryRunner: QueryRunner\): Promise<void> \{\n\s+\/\/ The exact reverse of up\(\)/);

    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    expect(index).toContain("import { AddPublishedAtToBenchmark1796000000123 } from './1796000000123-addPublishedAtToBenchmark';\n\n/**");
    expect(index).toMatch(/ReadPeerDistributionsByMembersHash1795403000000,\s+AddPublishedAtToBenchmark1796000000123,?\s*\];\n$/);
  });

  it('should refuse a description that is not camelCase, and leave the folder as it was', () => {
    for (const description of ['AddThing', 'add-thing', 'add thing', '']) {
      expect(() => createMigration(dir, description, 1796000000123)).toThrow('is not a camelCase description');
    }
    expect(readdirSync(dir).sort()).toEqual(['1795403000000-readPeerDistributionsByMembersHash.ts', 'index.ts']);
  });

  it('should refuse a timestamp that is not after the latest migration', () => {
    expect(() => createMigration(dir, 'addThing', 1795403000000)).toThrow('is not after the latest migration');
  });
});

describe('registerMigration', () => {
  it('should refuse an index.ts it does not recognise', () => {
    expect(() => registerMigration('export const OTHER = [];\n', '1796000000123-addThing.ts', 'AddThing1796000000123')).toThrow(
      'not shaped as expected',
    );
  });
});
