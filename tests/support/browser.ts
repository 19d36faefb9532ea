import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

import { PROJECT_ROOT } from '../../api/src/common/project-root';

/** Debian's Chromium; `npx playwright install` is not used, so the tests run on the distribution's browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS_DIR = join(PROJECT_ROOT, 'test-artifacts');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // As root Chromium needs --no-sandbox; this machine has no network, so background calls are off.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot as a test artifact and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The WCAG 2.2 AA rule sets the dashboard is checked against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Where each view's axe result is kept (one JSON file per view or state), beside the screenshots. */
export const AXE_RESULTS_DIR = join(ARTIFACTS_DIR, 'axe');
/** The table of every view's axe result, rebuilt from AXE_RESULTS_DIR after each check. */
export const AXE_TABLE_PATH = join(ARTIFACTS_DIR, 'axe-results.md');

/** One view's (or state's) axe result, as recorded: the rules it broke and how many elements each. */
export type AxeRecord = { view: string; path: string; violations: number; elements: number; rules: string[] };

/** The records as a Markdown table, by view name, so the numbers can be quoted as they are. */
export function axeTable(records: AxeRecord[]): string {
  const lines = [...records]
    .sort((a, b) => a.view.localeCompare(b.view))
    .map((r) => `| ${r.view} | ${r.path} | ${r.violations} | ${r.elements} | ${r.rules.join(', ') || '–'} |`);
  return [
    '# axe (WCAG 2.2 AA) per view and state',
    '',
    '| View or state | Address | Violations | Elements | Rules |',
    '| --- | --- | ---: | ---: | --- |',
    ...lines,
    '',
  ].join('\n');
}

function recordAxeResult(record: AxeRecord): void {
  mkdirSync(AXE_RESULTS_DIR, { recursive: true });
  writeFileSync(join(AXE_RESULTS_DIR, `${record.view}.json`), JSON.stringify(record, null, 2) + '\n');
  // Suites run in two workers: each rebuilds the whole table from the files, written aside and then
  // renamed into place, so a reader never sees half a table.
  const records = readdirSync(AXE_RESULTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(AXE_RESULTS_DIR, f), 'utf8')) as AxeRecord);
  const aside = `${AXE_TABLE_PATH}.${process.pid}`;
  writeFileSync(aside, axeTable(records));
  renameSync(aside, AXE_TABLE_PATH);
}

/**
 * The axe violations on the page as it is now, as "rule: help (targets)" lines; empty when it
 * passes. The result is also recorded under the view's name (e.g. "council-position-mobile") in the
 * test artifacts, so the per-view figures can be reported.
 */
export async function axeViolations(page: Page, view: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const url = new URL(page.url());
  recordAxeResult({
    view,
    path: `${url.pathname}${url.search}`,
    violations: result.violations.length,
    elements: result.violations.reduce((sum, v) => sum + v.nodes.length, 0),
    rules: result.violations.map((v) => v.id),
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fills in and sends the sign-in form on the page as it stands (it must be the sign-in page). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in to Touchstone' }).waitFor();
  await page.getByLabel('Email address').fill(email);
  // exact: the "Show password" button's label contains "password" too.
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * A new page in its own browser context, so it starts with no session cookie (axe's Playwright
 * integration also needs a page from newContext()); its uncaught errors are recorded in `errors`.
 */
export async function openIsolatedPage(browser: Browser, errors: Map<Page, string[]>): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  errors.set(page, pageErrors);
  return page;
}

/** Signs in through the sign-in page, as a person would, and waits to leave it. */
export async function signInThroughPage(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  if (!page.url().includes('/sign-in')) await page.goto(`${baseUrl}/sign-in`);
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 10000 });
}
