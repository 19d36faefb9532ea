import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { CONTENT_DIR } from '../../api/src/modules/framework/index';
import { hashPassword } from '../../api/src/modules/auth/index';

import type { TestApp } from './test-app';

/** The shipped improvement self-assessment, as a new version of itself: a valid upload. */
export const frameworkFileAsVersion = (version: string): string =>
  readFileSync(join(CONTENT_DIR, 'improvement-self-assessment', '2024.yaml'), 'utf8').replace('version: "2024"', `version: "${version}"`);

/** The same file with its first statement's text missing: the schema refuses it at sections[0].items[0].text. */
export const brokenFrameworkFile = (version: string): string =>
  frameworkFileAsVersion(version).replace(/(\n {6}- key: [a-z0-9-]+\n {8})text: [^\n]+\n/, '$1guidance: No text here.\n');

// Hashing is slow on purpose; every throwaway user shares one hash of the demo password.
let demoPasswordHash: Promise<string> | null = null;

/** A user made below the API (as the owner) who can sign in with the demo password; returns the id. */
export async function createUser(t: TestApp, email: string, role = 'pas_analyst', councilGss?: string): Promise<string> {
  const councilId = councilGss ? (await t.dataSource.query(`SELECT id FROM council WHERE gss_code = $1`, [councilGss]))[0].id : null;
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO app_user (email, role, council_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, role, councilId, await (demoPasswordHash ??= hashPassword(t.config.DEMO_PASSWORD))],
  );
  return id;
}

/**
 * A unique address for a throwaway user: always 16 random characters after the label, so pages that
 * show it (a confirmation's heading, a table at 320 px) are always tried with the same, long address.
 */
export const throwawayEmail = (label: string): string =>
  `${label}-${Array.from({ length: 16 }, () => Math.floor(Math.random() * 36).toString(36)).join('')}@example.org`;
