import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from '../../api/src/common/project-root';

import { checkLanded, LANDED_LIST, MIGRATIONS_DIR, sha256Of } from './landed';

/**
 * Records migrations as landed: appends each migration file not yet in landed.sha256 with the hash
 * of its content, and to .prettierignore, so neither a person nor a formatter edits it again. It
 * never changes a hash already listed: an edited landed migration is refused, not re-sealed.
 * Returns the files it sealed.
 */
export function sealMigrations(dir: string, prettierIgnore: string | null): string[] {
  const { edited, unlisted, missing } = checkLanded(dir);
  if (edited.length > 0 || missing.length > 0) {
    throw new Error(
      [
        ...edited.map((file) => `${file} was edited after it landed: restore it from main and make the change in a new migration.`),
        ...missing.map((file) => `${file} is listed in ${LANDED_LIST} but no longer exists: restore it from main.`),
      ].join('\n'),
    );
  }
  if (unlisted.length === 0) return [];
  appendFileSync(join(dir, LANDED_LIST), unlisted.map((file) => `${sha256Of(join(dir, file))}  ${file}\n`).join(''));
  if (prettierIgnore) {
    const ignored = existsSync(prettierIgnore) ? readFileSync(prettierIgnore, 'utf8').split('\n') : [];
    const lines = unlisted.map((file) => `migrations/${file}`).filter((line) => !ignored.includes(line));
    if (lines.length > 0) appendFileSync(prettierIgnore, lines.map((line) => `${line}\n`).join(''));
  }
  return unlisted;
}

/** `npm run migration:seal`: run once a new migration is final, before it lands on main. */
function main(): void {
  const sealed = sealMigrations(MIGRATIONS_DIR, join(PROJECT_ROOT, '.prettierignore'));
  console.log(
    sealed.length === 0
      ? `Every migration is already in migrations/${LANDED_LIST}.`
      : `Sealed in migrations/${LANDED_LIST}: ${sealed.join(', ')}. Commit ${LANDED_LIST} and .prettierignore with them.`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
