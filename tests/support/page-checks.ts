import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Page } from 'playwright-core';

import { DASHBOARD_DIST } from '../../api/src/app';

import { axeViolations, saveScreenshot } from './browser';

/** The dashboard's budget for JavaScript, gzipped (DESIGN.md section 7). */
export const JS_BUDGET_KB = 250;

/** The JavaScript files the page has loaded so far, and their total gzipped size (kB) as built. */
export async function loadedScripts(page: Page): Promise<{ files: string[]; gzipKb: number }> {
  const files = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DASHBOARD_DIST, file))).length, 0);
  return { files, gzipKb: Math.round(bytes / 102.4) / 10 };
}

/** The page has nothing wider than the viewport: no sideways scroll on a phone. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** Keeps a screenshot of the page under the view's name, then expects axe (WCAG 2.2 AA) to find nothing on it. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  await saveScreenshot(page, view);
  expect(await axeViolations(page, view)).toEqual([]);
}

/**
 * At 320 px wide, the narrowest phone GOV.UK designs for: no sideways scroll, and axe finds nothing
 * (recorded as "<view>-320"); then the page goes back to the size it had, for the steps that follow.
 */
export async function expectAccessibleAt320(page: Page, view: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  expect(await axeViolations(page, `${view}-320`)).toEqual([]);
  if (before) await page.setViewportSize(before);
}
