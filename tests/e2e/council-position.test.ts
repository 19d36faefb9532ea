import { existsSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';

import { DASHBOARD_DIST } from '../../api/src/app';
import { launchBrowser, saveScreenshot } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const SMALL_DEMO = { frameworkKeys: ['dm-challenge-toolkit', 'improvement-breakthroughs'], rounds: 2, participants: [2, 4] as [number, number] };
const COMPARISON = `query ($gss: String!, $key: String!, $round: String!) {
  sectionComparison(councilGssCode: $gss, frameworkKey: $key, round: $round) { rows { section { title } councilScore peerMedian contributorsBand } }
}`;

describe('council position page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(DASHBOARD_DIST)) throw new Error('The dashboard is not built: run `npm run build:dashboard` (npm test does it first).');
    t = await startTestApp({ demo: SMALL_DEMO });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should draw each section against the median of other councils, with a summary and the data', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/?council=E07000034&framework=dm-challenge-toolkit&round=2025-26`);
    const chart = page.locator('svg[role="img"]');
    await chart.waitFor({ timeout: 20000 });

    expect(await page.getByText(/synthetic/i).first().isVisible()).toBe(true);
    // The chart's description is the generated summary, and names the council.
    expect(await chart.locator('desc').textContent()).toMatch(/Chesterfield/);

    // The 'Show data' table carries the same figures as the API.
    await page.getByText('Show data').first().click();
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(15);
    const api = await t.gql(COMPARISON, { gss: 'E07000034', key: 'dm-challenge-toolkit', round: '2025-26' });
    const first = api.data!.sectionComparison.rows[0];
    const firstRow = (await rows.first().locator('th, td').allTextContents()).map((s) => s.trim());
    expect(firstRow[0]).toBe(first.section.title);
    expect(firstRow[1]).toBe(String(Math.round(first.councilScore)));
    expect(firstRow[2]).toBe(String(Math.round(first.peerMedian)));
    await saveScreenshot(page, 'council-position');

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('should keep the choice in the URL and follow a change of council', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.app.url}/?council=E07000034&framework=improvement-breakthroughs&round=2024-25`);
    await page.locator('svg[role="img"]').waitFor({ timeout: 20000 });
    await page.getByText('Show data').first().click();
    expect(await page.locator('table tbody tr').count()).toBe(8);

    await page.getByLabel(/council/i).first().selectOption('E06000001');
    await page.waitForURL(/council=E06000001/, { timeout: 10000 }).catch(async () => {
      // Forms that need an explicit submit: press the form's button.
      await page.getByRole('button', { name: /show|update|apply/i }).first().click();
      await page.waitForURL(/council=E06000001/, { timeout: 10000 });
    });
    await page.locator('svg[role="img"] desc').filter({ hasText: 'Hartlepool' }).waitFor({ timeout: 20000 });
  });
});
