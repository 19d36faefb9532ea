import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { DASHBOARD_DIST } from '../api/src/app';

/** DESIGN.md §7: the dashboard's initial JavaScript, gzipped. 1 KB is taken as 1,000 bytes, the stricter reading. */
export const DASHBOARD_BUDGET_BYTES = 250_000;

export type DashboardSize = {
  files: { path: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
  budgetBytes: number;
  pass: boolean;
};

/**
 * The JavaScript a first visit downloads before the dashboard can run: the entry script and the
 * chunks index.html asks the browser to preload. Chunks loaded later (per page) are not counted.
 */
function initialScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)]
    .map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1])
    .filter((href): href is string => href !== undefined);
  return [...new Set([...scripts, ...preloads])].filter((path) => path.endsWith('.js'));
}

/** Gzips each initial script as a server would (zlib's default level 6) and adds up the bytes sent. */
export function measureDashboard(): DashboardSize {
  const indexHtml = join(DASHBOARD_DIST, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: run npm run build:dashboard first`);
  const files = initialScripts(readFileSync(indexHtml, 'utf8')).map((path) => {
    const content = readFileSync(join(DASHBOARD_DIST, path.replace(/^\//, '')));
    return { path, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  if (files.length === 0) throw new Error(`${indexHtml} references no JavaScript`);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, gzipBytes, budgetBytes: DASHBOARD_BUDGET_BYTES, pass: gzipBytes < DASHBOARD_BUDGET_BYTES };
}
