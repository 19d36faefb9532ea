import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from '../../api/src/common/project-root';

import { MIGRATION_FILE, MIGRATIONS_DIR, migrationFiles } from './landed';

const USAGE = 'usage: npm run migration:create -- <camelCaseDescription>   (e.g. addPublishedAtToBenchmark)';

/** The migration file written (in the folder given) and the class it declares. */
export type CreatedMigration = { file: string; className: string };

/** The class a migration file declares: `<PascalCaseDescription><timestamp>`. */
export function migrationClassName(description: string, timestamp: number): string {
  return `${description[0].toUpperCase()}${description.slice(1)}${timestamp}`;
}

/** The new migration's source: the class, its `name`, and up/down stubs saying what goes in them. */
export function migrationSource(className: string): string {
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TODO: why the schema changes: what this migration makes possible, or prevents.
 */
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Raw SQL, one statement per call; name constraints and indexes after what they guard. Until
    // this is written, \`npm run typecheck\` reports queryRunner as unused. For example:
    // await queryRunner.query(\`ALTER TABLE "assessment" ADD "published_at" timestamptz\`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The exact reverse of up(), its steps in reverse order. For example:
    // await queryRunner.query(\`ALTER TABLE "assessment" DROP COLUMN "published_at"\`);
  }
}
`;
}

/** index.ts with the migration imported after the others and added at the end of MIGRATIONS. */
export function registerMigration(index: string, file: string, className: string): string {
  const lines = index.split('\n');
  const lastImport = lines.findLastIndex(
    (line) => /^import .* from '\.\/\d{13}-[A-Za-z0-9]+';$/.test(line) || /^} from '\.\/\d{13}-/.test(line),
  );
  const arrayStart = lines.findIndex((line) => line.startsWith('export const MIGRATIONS = ['));
  const arrayEnd = lines.findIndex((line, i) => i > arrayStart && line === '];');
  if (lastImport < 0 || arrayStart < 0 || arrayEnd < 0) {
    throw new Error(
      "migrations/index.ts is not shaped as expected (imports of './<timestamp>-<name>', then `export const MIGRATIONS = [ … ];`)",
    );
  }
  lines.splice(arrayEnd, 0, `  ${className},`);
  lines.splice(lastImport + 1, 0, `import { ${className} } from './${file.replace(/\.ts$/, '')}';`);
  return lines.join('\n');
}

/** Formats the files as the repository does (its .prettierrc.json), wherever they are. */
function formatFiles(paths: string[]): void {
  const prettier = require.resolve('prettier/bin/prettier.cjs');
  execFileSync(process.execPath, [
    prettier,
    '--config',
    join(PROJECT_ROOT, '.prettierrc.json'),
    '--log-level',
    'warn',
    '--write',
    ...paths,
  ]);
}

/**
 * Writes `<dir>/<now>-<description>.ts` and registers it in `<dir>/index.ts`. Refuses a description
 * that is not camelCase, and a timestamp not after every existing migration's (a clock set back).
 */
export function createMigration(dir: string, description: string, now: number): CreatedMigration {
  const file = `${now}-${description}.ts`;
  if (!MIGRATION_FILE.test(file)) throw new Error(`"${description}" is not a camelCase description of the change.\n${USAGE}`);
  const latest = migrationFiles(dir).at(-1);
  if (latest && Number(MIGRATION_FILE.exec(latest)![1]) >= now) {
    throw new Error(`The clock (${now}) is not after the latest migration, ${latest}: check the system time.`);
  }
  const path = join(dir, file);
  if (existsSync(path)) throw new Error(`${file} already exists`);
  const className = migrationClassName(description, now);
  const indexPath = join(dir, 'index.ts');
  const index = registerMigration(readFileSync(indexPath, 'utf8'), file, className);
  writeFileSync(path, migrationSource(className));
  writeFileSync(indexPath, index);
  formatFiles([path, indexPath]);
  return { file, className };
}

/** `npm run migration:create -- <camelCaseDescription>` */
function main(args: string[]): void {
  if (args.length !== 1) throw new Error(USAGE);
  const { file, className } = createMigration(MIGRATIONS_DIR, args[0], Date.now());
  console.log(`Wrote migrations/${file} (class ${className}) and registered it in migrations/index.ts.`);
  console.log('Write the SQL in up() and its exact reverse in down(); once it is final, `npm run migration:seal` records it as landed.');
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
