import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { checkLanded, LANDED_LIST, MIGRATION_FILE, MIGRATIONS_DIR, migrationFiles, sha256Of } from '../scripts/migrations/landed';
import { sealMigrations } from '../scripts/migrations/seal';

import { MIGRATIONS } from './index';

describe('landed migrations (migrations/landed.sha256)', () => {
  const check = checkLanded(MIGRATIONS_DIR);

  it('should find every landed migration exactly as it landed', () => {
    const edited = check.edited.map(
      (file) =>
        `${file} was edited after it landed. Restore it from main and make the change in a new migration (npm run migration:create -- <name>).`,
    );
    expect(edited).toEqual([]);
  });

  it('should find every landed migration still there', () => {
    expect(check.missing.map((file) => `${file} is listed in migrations/${LANDED_LIST} but is gone: restore it from main.`)).toEqual([]);
  });

  it('should list every migration file', () => {
    const unlisted = check.unlisted.map(
      (file) => `${file} is not sealed: once it is final, run \`npm run migration:seal\` and commit migrations/${LANDED_LIST}.`,
    );
    expect(unlisted).toEqual([]);
  });

  it('should register every migration file in migrations/index.ts, oldest first, with a class named after the file', () => {
    const expected = migrationFiles(MIGRATIONS_DIR).map((file) => {
      const [, timestamp, description] = MIGRATION_FILE.exec(file)!;
      return `${description[0].toUpperCase()}${description.slice(1)}${timestamp}`;
    });
    expect(MIGRATIONS.map((migration) => migration.name)).toEqual(expected);
    expect(MIGRATIONS.map((migration) => new migration().name)).toEqual(expected);
  });
});

describe('checkLanded and sealMigrations', () => {
  let dir: string;
  const write = (file: string, content: string) => writeFileSync(join(dir, file), content);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'touchstone-landed-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should report an edited, an unlisted and a missing migration, and nothing for a folder as it landed', () => {
    write('1700000000000-first.ts', 'first');
    write('1700000000001-second.ts', 'second');
    write('1700000000002-gone.ts', 'gone');
    expect(sealMigrations(dir, null)).toEqual(['1700000000000-first.ts', '1700000000001-second.ts', '1700000000002-gone.ts']);
    expect(checkLanded(dir)).toEqual({ edited: [], unlisted: [], missing: [] });

    write('1700000000001-second.ts', 'second, edited');
    write('1700000000003-third.ts', 'third');
    rmSync(join(dir, '1700000000002-gone.ts'));
    expect(checkLanded(dir)).toEqual({
      edited: ['1700000000001-second.ts'],
      unlisted: ['1700000000003-third.ts'],
      missing: ['1700000000002-gone.ts'],
    });
  });

  it('should refuse to seal while a landed migration is edited, and never rewrite a listed hash', () => {
    write('1700000000000-first.ts', 'first');
    sealMigrations(dir, null);
    const sealedHash = sha256Of(join(dir, '1700000000000-first.ts'));
    write('1700000000000-first.ts', 'first, edited');
    write('1700000000001-second.ts', 'second');
    expect(() => sealMigrations(dir, null)).toThrow('1700000000000-first.ts was edited after it landed');
    write('1700000000000-first.ts', 'first');
    expect(sealMigrations(dir, null)).toEqual(['1700000000001-second.ts']);
    expect(checkLanded(dir)).toEqual({ edited: [], unlisted: [], missing: [] });
    expect(sha256Of(join(dir, '1700000000000-first.ts'))).toBe(sealedHash);
  });

  it('should add a sealed migration to the formatter ignore file once', () => {
    const ignore = join(dir, '.prettierignore');
    write('.prettierignore', 'node_modules/\n');
    write('1700000000000-first.ts', 'first');
    sealMigrations(dir, ignore);
    write('1700000000001-second.ts', 'second');
    sealMigrations(dir, ignore);
    expect(readFileSync(ignore, 'utf8')).toBe('node_modules/\nmigrations/1700000000000-first.ts\nmigrations/1700000000001-second.ts\n');
  });
});
