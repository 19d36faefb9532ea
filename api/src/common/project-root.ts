import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root (the folder holding package.json), found from this file whether run from source or build/. */
export const PROJECT_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the project root above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();
