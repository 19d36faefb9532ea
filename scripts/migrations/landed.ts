import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from '../../api/src/common/project-root';

/** The folder of the migrations, with index.ts and landed.sha256 beside them. */
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');

/** The list of landed migrations, one `<sha256>  <file>` line each, as `sha256sum` writes them. */
export const LANDED_LIST = 'landed.sha256';

/** A migration's file name: `<Date.now()>-<camelCaseDescription>.ts`. */
export const MIGRATION_FILE = /^(\d{13})-([a-z][A-Za-z0-9]*)\.ts$/;

/** The migration files in a folder, oldest first. */
export function migrationFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort();
}

/** The SHA-256 of a file's bytes, in hex (what `sha256sum` prints). */
export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The landed migrations and the hashes they landed with, in the order listed. */
export function readLandedList(dir: string): Map<string, string> {
  const path = join(dir, LANDED_LIST);
  const landed = new Map<string, string>();
  if (!existsSync(path)) return landed;
  for (const [index, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (line.trim() === '') continue;
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (!match) throw new Error(`${LANDED_LIST} line ${index + 1} is not "<sha256>  <file>": ${line}`);
    landed.set(match[2], match[1]);
  }
  return landed;
}

/** How the migration files on disk differ from the landed list: edited, never listed, or gone. */
export type LandedCheck = { edited: string[]; unlisted: string[]; missing: string[] };

/** Compares each migration file in the folder with the hash it landed with. */
export function checkLanded(dir: string): LandedCheck {
  const landed = readLandedList(dir);
  const files = migrationFiles(dir);
  return {
    edited: files.filter((file) => landed.has(file) && landed.get(file) !== sha256Of(join(dir, file))),
    unlisted: files.filter((file) => !landed.has(file)),
    missing: [...landed.keys()].filter((file) => !files.includes(file)),
  };
}
