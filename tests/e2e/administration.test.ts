import type { Page } from 'playwright-core';

import { axeViolations, saveScreenshot, signInThroughPage } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { expectNoSidewaysScroll } from '../support/page-checks';
import { brokenFrameworkFile, createUser, frameworkFileAsVersion, throwawayEmail } from '../support/administration';
import { ACCOUNTS } from '../support/test-app';

// Each test checks several pages with axe and screenshots at two widths, which takes longer than one page.
jest.setTimeout(150_000);

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };

/** axe finds nothing, and a screenshot is kept, at desktop width and at 375 px (with no sideways scroll). */
async function checkPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  expect(await axeViolations(page, name)).toEqual([]);
  await saveScreenshot(page, `admin-${name}-desktop`);
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page);
  expect(await axeViolations(page, `${name}-375`)).toEqual([]);
  await saveScreenshot(page, `admin-${name}-375`);
  await page.setViewportSize(DESKTOP);
}

/** Form controls inside the page's main content (the header's navigation and sign-out are not counted). */
const controlsInMain = (page: Page) => page.locator('main').locator('input, select, textarea, button').count();

describe('administration in Chromium', () => {
  const suite = useBrowserSuite({ demo: false });
  const { url } = suite;
  /** A new page signed in as the administrator, on an administration page once its heading is there. */
  const openAdminPage = async (path: string, heading: string) => {
    const page = await suite.openSignedIn('admin');
    await page.goto(url(path));
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    return page;
  };

  it('should let an administrator disable a user, whose open session stops working at once', async () => {
    const email = throwawayEmail('colleague');
    await createUser(suite.testApp, email, 'council_member', 'E07000034');
    const userPage = await suite.openPage();
    await signInThroughPage(userPage, suite.testApp.app.url, email, suite.testApp.config.DEMO_PASSWORD);
    await userPage.goto(url('/account'));
    await userPage.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    // A council member has no administration: the navigation does not offer it.
    expect(await userPage.getByRole('link', { name: 'Administration' }).count()).toBe(0);

    const page = await suite.openSignedIn('admin');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    await checkPage(page, 'overview');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await checkPage(page, 'users');

    await page.getByRole('button', { name: email }).click();
    await page.getByRole('heading', { name: email, level: 1 }).waitFor();
    await checkPage(page, 'user');
    await page.getByRole('button', { name: 'Disable account' }).click();
    await page.getByRole('heading', { name: `Disable ${email}?` }).waitFor();
    // The confirmation takes focus, so a screen reader announces the question.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-heading');
    await checkPage(page, 'confirm-disable');
    await page.getByRole('button', { name: 'Yes, disable this account' }).click();
    await page.getByText(`${email} is disabled.`).waitFor();
    expect(await page.locator('main').getByText('Disabled', { exact: true }).count()).toBe(1);

    // The colleague's next request is refused: the dashboard sends them to sign in.
    await userPage.reload();
    await userPage.waitForURL(/\/sign-in/, { timeout: 10000 });
    await userPage.getByRole('heading', { name: 'Sign in to Touchstone' }).waitFor();
  });

  it('should refuse a broken framework upload with the file, the path and the problem, then preview and publish a good one', async () => {
    const page = await openAdminPage('/admin/frameworks', 'Framework versions');
    await checkPage(page, 'frameworks');

    await page
      .getByLabel('Framework file')
      .setInputFiles({ name: 'broken-2031.yaml', mimeType: 'application/yaml', buffer: Buffer.from(brokenFrameworkFile('2031')) });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('There is a problem with broken-2031.yaml').waitFor();
    expect(await summary.getByRole('link', { name: /^sections\[0\]\.items\[0\]\.text: / }).count()).toBe(1);
    expect(await page.getByText('broken-2031.yaml was refused. Nothing was kept.').isVisible()).toBe(true);
    await checkPage(page, 'framework-refused');

    await page
      .getByLabel('Framework file')
      .setInputFiles({ name: '2032.yaml', mimeType: 'application/yaml', buffer: Buffer.from(frameworkFileAsVersion('2032')) });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByRole('heading', { name: 'Improvement self-assessment version 2032', level: 1 }).waitFor();
    await checkPage(page, 'framework-preview');
    await page.getByRole('button', { name: 'Publish this version' }).click();
    await page.getByText('A published version never changes. New wording needs a new version.').waitFor();
    await checkPage(page, 'confirm-publish');
    await page.getByRole('button', { name: 'Yes, publish this version' }).click();
    await page.getByText('Improvement self-assessment version 2032 is published.').waitFor();
    expect(await page.getByRole('row', { name: /Improvement self-assessment.*2032/ }).count()).toBeGreaterThan(0);
  });

  it('should create a collaboration group behind a confirmation, and let PAS assign a circumstance', async () => {
    const page = await openAdminPage('/admin/groups', 'Collaboration groups');
    await checkPage(page, 'groups');
    await page.getByRole('button', { name: 'Create a group' }).click();
    await page.getByLabel('Name').fill('Tees Valley planning');
    for (const council of ['Hartlepool', 'Uttlesford']) {
      await page.getByLabel('Councils in the group').selectOption({ label: council });
      await page.getByRole('button', { name: 'Add council' }).click();
    }
    await checkPage(page, 'group-create');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Create Tees Valley planning?' }).waitFor();
    await checkPage(page, 'confirm-group');
    await page.getByRole('button', { name: 'Yes, create the group' }).click();
    await page.getByRole('heading', { name: 'Tees Valley planning', level: 2 }).waitFor();

    const pas = await suite.openSignedIn('analyst');
    await pas.getByRole('link', { name: 'Administration' }).waitFor();
    await pas.goto(url('/admin'));
    await pas.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    expect(await pas.locator('main').getByRole('link').allTextContents()).toEqual(['Councils and circumstances', 'Sharing with PAS']);
    await pas.getByRole('link', { name: 'Councils and circumstances' }).click();
    await pas.getByLabel('Council', { exact: true }).selectOption({ label: 'Hartlepool' });
    await pas.getByRole('table').waitFor();
    await pas.getByLabel('Circumstance', { exact: true }).selectOption({ label: 'Cruising' });
    await pas.getByLabel('Round').fill('2026-27');
    await pas.getByRole('button', { name: 'Assign as PAS' }).click();
    await pas.getByText('Cruising assigned to Hartlepool for 2026-27.').waitFor();
    expect(await pas.getByRole('row', { name: /Cruising.*PAS-assigned.*2026-27/ }).count()).toBe(1);
    await checkPage(pas, 'councils');
    await pas.goto(url('/admin/sharing'));
    await pas.getByRole('heading', { name: 'Councils that share with PAS', level: 1 }).waitFor();
    await checkPage(pas, 'sharing');

    // PAS may not manage users: the page says so, with nothing that looks like it would work.
    await pas.goto(url('/admin/users'));
    await pas.getByRole('heading', { name: 'You cannot use users', level: 1 }).waitFor();
    expect(await controlsInMain(pas)).toBe(0);
    await checkPage(pas, 'refused');
  });

  it('should show each action in the audit log, newest first', async () => {
    const lead = await suite.testApp.as('uttlesfordLead');
    const [{ id: groupId }] = await suite.testApp.dataSource.query(
      `SELECT id FROM collaboration_group WHERE name = 'Tees Valley planning'`,
    );
    await lead(`mutation ($groupId: ID!) { setCollaborationConsent(groupId: $groupId, consent: true) { name } }`, { groupId });
    await lead(`mutation ($groupId: ID!) { setCollaborationConsent(groupId: $groupId, consent: false) { name } }`, { groupId });
    await lead('mutation { setPasSharing(share: true) }');

    const page = await openAdminPage('/admin/audit', 'Audit log');
    const rows = await page.locator('tbody tr').allInnerTexts();
    const expected = [
      /Started sharing with PAS: Uttlesford/,
      /Consent withdrawn: Tees Valley planning/,
      /Consent given: Tees Valley planning/,
      /Circumstance recorded: Hartlepool \(E06000001\)/,
      /Collaboration group created: Tees Valley planning/,
      /Framework version published: improvement-self-assessment@2032/,
      /Framework file uploaded: improvement-self-assessment@2032/,
      /User disabled: colleague-/,
    ];
    expect(rows.slice(0, expected.length).map((row, i) => expected[i].test(row))).toEqual(expected.map(() => true));
    expect(rows[0]).toContain(ACCOUNTS.uttlesfordLead);
    await checkPage(page, 'audit');

    // A council lead has no audit log: the refusal, and no controls.
    const leadPage = await suite.openSignedIn('chesterfieldLead');
    expect(await leadPage.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await leadPage.goto(url('/admin/audit'));
    await leadPage.getByRole('heading', { name: 'You cannot use audit log', level: 1 }).waitFor();
    expect(await controlsInMain(leadPage)).toBe(0);
  });
});
