import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';

import { ARTIFACTS_DIR, axeViolations, saveScreenshot } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { expectAccessible, expectAccessibleAt320 } from '../support/page-checks';

const DEMO = {
  frameworkKeys: ['dm-challenge-toolkit', 'improvement-breakthroughs'],
  rounds: 2,
  participants: [2, 4] as [number, number],
};
const CHESTERFIELD = 'E07000034';
const HARTLEPOOL = 'E06000001';
const SECTIONS = `query ($gss: String!) {
  councilPosition(councilGssCode: $gss, frameworkKey: "dm-challenge-toolkit", round: "2025-26", peerGroupKeys: ["all"]) {
    subjects { key title councilScore }
  }
}`;
const SUGGESTION = `query ($input: PlanSuggestionInput!) { planChallengeSuggestion(input: $input) { title suggestedActions } }`;
const PLAN = `query ($id: ID!) { improvementPlan(id: $id) { title headings { title challenges { title actions { description } } } } }`;

/** A past month, so an action with it as its target is overdue on any day the test runs. */
const PAST_TARGET = 'January 2020';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Saves a download under the test artifacts and returns its path. */
async function saveDownload(download: Download, name: string): Promise<string> {
  const dir = join(ARTIFACTS_DIR, 'downloads');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

/** Every cell's text in the first worksheet of an .xlsx file. */
async function workbookTexts(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts: string[] = [];
  workbook.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => {
      texts.push(cell.text);
    }),
  );
  return texts;
}

/** A plan spreadsheet as councils keep one: a header row, a heading on a row of its own, then challenges with their actions. */
async function planWorkbook(rows: (string | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Improvement plan');
  sheet.addRow(['Challenge', 'Outcomes / measures of success', 'Actions', 'Lead', 'Target date', 'Progress', 'Status']);
  sheet.addRow(['Financial planning and management']);
  sheet.mergeCells(2, 1, 2, 7);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Visible navigation, buttons and form controls on the page as it would print. */
const visibleControls = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('nav, button, input, select, textarea, summary, .govuk-button')].filter((element) => {
        const box = (element as HTMLElement).getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      }).length,
  );

/** Links that would print their address after them. */
const linksWithAddresses = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('a[href]')].filter((a) => {
        const content = getComputedStyle(a, '::after').content;
        return content !== 'none' && content !== 'normal' && content.includes('/');
      }).length,
  );

describe('improvement plan in Chromium', () => {
  const suite = useBrowserSuite({ demo: DEMO });
  const { url } = suite;

  it('should add a weak section to the plan, add actions, track progress to Red then Blue, and show what is overdue', async () => {
    const page = await suite.openSignedIn('chesterfieldLead');
    const lead = await suite.testApp.as('chesterfieldLead');

    // The council's weakest DM section, by its own score.
    const sections = (await lead(SECTIONS, { gss: CHESTERFIELD })).data!.councilPosition.subjects as {
      key: string;
      title: string;
      councilScore: number | null;
    }[];
    const weakest = sections.filter((r) => r.councilScore !== null).sort((a, b) => a.councilScore! - b.councilScore!)[0];
    expect(weakest).toBeDefined();
    const suggestion = (await lead(SUGGESTION, { input: { kind: 'DM_SECTION', subjectKey: weakest.key } })).data!
      .planChallengeSuggestion as { title: string; suggestedActions: string[] };
    expect(suggestion.suggestedActions.length).toBeGreaterThan(0);

    await page.goto(url(`/?council=${CHESTERFIELD}&framework=dm-challenge-toolkit&round=2025-26`));
    await page.locator('svg[role="img"]').first().waitFor({ timeout: 20000 });
    // The link's name carries the section (in visually hidden text), so each reads on its own.
    await page.getByRole('link', { name: new RegExp(`^Add to the improvement plan\\s*:\\s*${escapeRegExp(weakest.title)}$`) }).click();
    await page.waitForURL(/\/plan\/add\?/);
    await page.getByRole('heading', { name: 'Add to the improvement plan', level: 1 }).waitFor();

    // Pre-filled from the section, with its top tips offered as starting actions.
    const challenge = page.getByLabel('Challenge', { exact: true });
    await challenge.waitFor();
    expect(await challenge.inputValue()).toBe(suggestion.title);
    expect(await page.getByText(`From DM Challenge Toolkit section: ${weakest.title}`).isVisible()).toBe(true);
    // Chesterfield already has a plan (the synthetic demo plan): the challenge goes into it, under a new local theme by default.
    expect(await page.getByLabel('Plan title').count()).toBe(0);
    expect(await page.getByRole('radio', { name: /^A new local theme: / }).isChecked()).toBe(true);
    const tip = suggestion.suggestedActions[0];
    await page.getByRole('checkbox', { name: tip, exact: true }).check();
    await page.getByLabel('Lead for the starting actions').fill('Head of Planning');
    await page.getByLabel('Target for the starting actions').fill(PAST_TARGET);
    expect(await axeViolations(page, 'plan-add')).toEqual([]);
    await expectAccessibleAt320(page, 'plan-add');
    await page.getByRole('button', { name: 'Add to the plan' }).click();

    // The plan page, with the challenge linked to its section under a local theme, and the tip as an action.
    await page.waitForURL(/\/plan\?council=E07000034&plan=/);
    const card = page.locator('.app-plan-challenge').filter({ hasText: suggestion.title });
    await card.waitFor();
    await card.getByText(`DM Challenge Toolkit section: ${weakest.title}`).waitFor();
    await card.getByRole('link', { name: tip, exact: true }).waitFor();

    // Another action, added on the plan page.
    await card.getByText('Add an action').click();
    await card.getByLabel('Action', { exact: true }).fill('Publish a quarterly performance report');
    await card.getByLabel('Lead', { exact: true }).fill('Development Management Team');
    await card.getByLabel('Target', { exact: true }).fill('Ongoing');
    await card.getByRole('button', { name: /^Add action/ }).click();
    await card.getByRole('link', { name: 'Publish a quarterly performance report' }).waitFor();

    // The tip's target has passed and nothing says it is complete: overdue.
    const overdue = page.locator('.app-plan-due table').first();
    const overdueTip = overdue.locator('tr').filter({ has: page.getByRole('link', { name: tip, exact: true }) });
    await overdueTip.waitFor();
    expect(await overdueTip.getByText('Overdue', { exact: true }).isVisible()).toBe(true);

    // Progress: Red, then Blue, on the action's own page.
    await overdue.getByRole('link', { name: tip, exact: true }).click();
    await page.waitForURL(/\/plan\/action\?id=/);
    await page.getByRole('heading', { name: tip, level: 1 }).waitFor();
    await page.getByText('There are no progress updates yet.').waitFor();
    await page.getByLabel('Red (off track)').check();
    await page.getByLabel('What has happened').fill('The review has not started: the team is short of staff.');
    await page.getByRole('button', { name: 'Add progress update' }).click();
    await page.getByText('Progress added: Red (off track).').waitFor();
    const timeline = page.locator('.app-timeline');
    expect(await timeline.locator('li').count()).toBe(1);
    expect(await timeline.getByText('Red (off track)').isVisible()).toBe(true);
    expect(await timeline.getByText('Entered by the council lead').isVisible()).toBe(true);

    await page.getByLabel('Blue (complete)').check();
    await page.getByLabel('What has happened').fill('The review is done and reported to committee.');
    await page.getByRole('button', { name: 'Add progress update' }).click();
    await page.getByText('Progress added: Blue (complete).').waitFor();
    // Newest first, and the Red update is still there: the history is append-only.
    expect((await timeline.locator('li .govuk-tag').allTextContents()).map((t) => t.trim())).toEqual([
      'Blue (complete)',
      'Red (off track)',
    ]);
    const status = page.locator('.govuk-summary-list__row').filter({ hasText: 'Status' });
    expect((await status.locator('.govuk-tag').allTextContents()).map((t) => t.trim())).toEqual(['Blue (complete)']);
    await expectAccessible(page, 'plan-action-history');
    await expectAccessibleAt320(page, 'plan-action-history');

    // Back on the plan, the complete action is no longer overdue.
    await page.getByRole('link', { name: /^Back to / }).click();
    await page.locator('#plan-heading').waitFor();
    await overdueTip.waitFor({ state: 'detached' });
    await card.locator('tr').filter({ hasText: tip }).getByText('Blue (complete)').waitFor();
    await page.locator('svg.app-plan-status-series__svg desc', { hasText: 'complete (Blue)' }).waitFor({ state: 'attached' });
    await expectAccessible(page, 'plan');

    // By status: the Blue group holds the tip.
    await page.getByRole('link', { name: 'By status' }).click();
    const blue = page.getByRole('region', { name: /^Blue \(complete\) \(\d+\)$/ });
    await blue.waitFor();
    expect(await blue.getByRole('link', { name: tip, exact: true }).isVisible()).toBe(true);
    expect(await axeViolations(page, 'plan-by-status')).toEqual([]);
    await expectAccessibleAt320(page, 'plan-by-status');

    // Print preview: no navigation, no controls, no addresses after links.
    await page.getByRole('link', { name: 'By heading' }).click();
    await card.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toBe(0);
    expect(await linksWithAddresses(page)).toBe(0);
    expect(await page.locator('#service-navigation').isVisible()).toBe(false);
    await saveScreenshot(page, 'plan-print');
    await page.emulateMedia({ media: 'screen' });

    // The downloads are real files: the spreadsheet holds the plan, the PDF has the report's headings.
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the plan as a spreadsheet (.xlsx)' }).click();
    const xlsxPath = await saveDownload(await xlsxDownload, 'plan.xlsx');
    const texts = await workbookTexts(xlsxPath);
    expect(texts).toEqual(expect.arrayContaining([suggestion.title]));
    expect(texts.some((t) => t.includes(tip))).toBe(true);
    expect(texts.some((t) => t.includes('Publish a quarterly performance report'))).toBe(true);

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the committee report (PDF)' }).click();
    const pdfPath = await saveDownload(await pdfDownload, 'committee-report.pdf');
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Chesterfield: improvement plan progress report');
    expect(text).toContain('Summary');
    expect(text).toContain('Progress on the plan');
    expect(text).toContain('Overdue actions');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, join(ARTIFACTS_DIR, 'committee-report-page')]);
    expect(statSync(join(ARTIFACTS_DIR, 'committee-report-page-1.png')).size).toBeGreaterThan(1000);
  });

  it('should preview a spreadsheet, report a bad row by row and column and store nothing, then import a good one', async () => {
    const lead = await suite.testApp.as('hartlepoolLead');
    const created = await lead(`mutation ($input: CreateImprovementPlanInput!) { createImprovementPlan(input: $input) { id } }`, {
      input: { councilGssCode: HARTLEPOOL, title: 'Hartlepool improvement plan (test)' },
    });
    const planId = created.data!.createImprovementPlan.id as string;
    const page = await suite.openSignedIn('hartlepoolLead');
    await page.goto(url(`/plan?council=${HARTLEPOOL}&plan=${planId}`));
    await page.getByRole('link', { name: 'Import actions and progress from a spreadsheet' }).click();
    await page.waitForURL(/\/plan\/import\?plan=/);
    await page.getByRole('heading', { name: 'Import from a spreadsheet', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Download the template (.xlsx)' }).getAttribute('href')).toBe(
      '/exports/plan-template.xlsx',
    );

    const good = [
      'Close the budget gap without drawing on reserves',
      'A balanced budget each February',
      'Agree a savings programme',
      'Head of Finance',
      'July 2027',
      '',
      '',
    ];
    const bad = [
      'Bring empty shops back into use',
      'Fewer empty units',
      'Offer meanwhile leases',
      'Head of Regeneration',
      'sometime soon',
      '',
      '',
    ];
    await page.getByLabel('Spreadsheet', { exact: true }).setInputFiles({
      name: 'plan-with-a-bad-row.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await planWorkbook([good, bad]),
    });
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await page.getByRole('heading', { name: 'Preview of plan-with-a-bad-row.xlsx' }).waitFor();

    // Every row is listed with what was understood; the bad target is reported at row 4, column E.
    const rows = page.locator('table.app-import-preview tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await page.locator('#row-3').textContent()).toContain('Challenge: Close the budget gap without drawing on reserves');
    expect(await page.locator('#row-3').textContent()).toContain('Action: Agree a savings programme – lead Head of Finance');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('heading').textContent()).toBe('Nothing has been imported: the spreadsheet has problems');
    const problems = (await summary.locator('li').allTextContents()).map((t) => t.trim());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Row 4, column E \(Target date\): /);
    expect(await page.locator('#row-4').textContent()).toContain('Row 4, column E (Target date)');
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    // Nothing was stored.
    const stored = await lead(PLAN, { id: planId });
    expect(stored.data!.improvementPlan.headings.flatMap((h: { challenges: unknown[] }) => h.challenges)).toEqual([]);
    await expectAccessible(page, 'plan-import-preview');
    await expectAccessibleAt320(page, 'plan-import-preview');

    // The good rows alone import, all at once.
    await page.getByLabel('Spreadsheet', { exact: true }).setInputFiles({
      name: 'plan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await planWorkbook([good]),
    });
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await page.getByRole('button', { name: 'Import 1 actions' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    expect(await axeViolations(page, 'plan-import-done')).toEqual([]);
    await page.getByRole('link', { name: 'See the plan' }).click();
    const card = page.locator('.app-plan-challenge').filter({ hasText: 'Close the budget gap without drawing on reserves' });
    await card.waitFor();
    expect(await card.getByRole('link', { name: 'Agree a savings programme' }).isVisible()).toBe(true);

    // Sharing is off by default, and each change is confirmed first.
    const pasRow = page.locator('.app-plan-sharing .govuk-summary-list__row').filter({ hasText: 'Shared with PAS' });
    expect(await pasRow.locator('.govuk-tag').textContent()).toBe('Not shared');
    await page.getByRole('button', { name: 'Share the plan with PAS' }).click();
    const confirm = page.getByRole('region', { name: 'Confirm' });
    await confirm.getByText('Share Hartlepool’s improvement plan with PAS?').waitFor();
    expect(await axeViolations(page, 'plan-sharing-confirm')).toEqual([]);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await pasRow.locator('.govuk-tag').textContent()).toBe('Not shared');
    await page.getByRole('button', { name: 'Share the plan with PAS' }).click();
    await confirm.getByRole('button', { name: 'Yes, share with PAS' }).click();
    await pasRow.getByText('Shared', { exact: true }).waitFor();
    const analyst = await suite.testApp.as('analyst');
    expect((await analyst(PLAN, { id: planId })).data?.improvementPlan.title).toBe('Hartlepool improvement plan (test)');
    await page.getByRole('button', { name: 'Withdraw the plan with PAS' }).click();
    await confirm.getByRole('button', { name: 'Yes, stop sharing with PAS' }).click();
    await pasRow.getByText('Not shared', { exact: true }).waitFor();
    expect((await analyst(PLAN, { id: planId })).data?.improvementPlan ?? null).toBeNull();
  });
});
