import type { Page } from 'playwright-core';

import { axeViolations, signInThroughPage, submitSignIn } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { expectAccessible } from '../support/page-checks';
import { ACCOUNTS, errorCodes } from '../support/test-app';

const SMALL_DEMO = {
  frameworkKeys: ['dm-challenge-toolkit', 'improvement-breakthroughs'],
  rounds: 2,
  participants: [2, 4] as [number, number],
};
const COMPARISON = `query ($gss: String!, $key: String!, $round: String!) {
  councilPosition(councilGssCode: $gss, frameworkKey: $key, round: $round, peerGroupKeys: ["all"]) {
    subjects { title councilScore comparisons { median } }
  }
}`;
describe('dashboard in Chromium', () => {
  const suite = useBrowserSuite({ demo: SMALL_DEMO });
  const { url } = suite;
  const openPage = () => suite.openPage();
  const signIn = (page: Page, email: string, password = suite.testApp.config.DEMO_PASSWORD) =>
    signInThroughPage(page, suite.testApp.app.url, email, password);

  it('should send someone who is not signed in to sign in, and show an accessible sign-in page', async () => {
    const page = await openPage();
    await page.goto(url('/'));
    await page.waitForURL(/\/sign-in$/, { timeout: 10000 });
    await page.getByRole('heading', { name: 'Sign in to Touchstone', level: 1 }).waitFor();
    expect(await page.title()).toBe('Sign in – Touchstone');

    // The fields say what they are to password managers and phones.
    expect(await page.getByLabel('Email address').getAttribute('autocomplete')).toBe('email');
    expect(await page.getByLabel('Email address').getAttribute('type')).toBe('email');
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('autocomplete')).toBe('current-password');
    // No navigation and no email address in the header before signing in.
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);

    // The demo accounts are tucked away in a details component.
    const demo = page.locator('details').filter({ hasText: 'Demo accounts' });
    expect(await demo.getByText(ACCOUNTS.admin).isVisible()).toBe(false);
    await demo.locator('summary').click();
    expect(await demo.getByText(ACCOUNTS.admin).isVisible()).toBe(true);
    expect(await demo.getByText(suite.testApp.config.DEMO_PASSWORD).isVisible()).toBe(true);

    await expectAccessible(page, 'sign-in');

    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'sign-in-mobile');
  });

  it('should show an error summary and inline errors for a wrong password, then sign in and show the lead their own council', async () => {
    const page = await openPage();
    await page.goto(url('/sign-in'));

    // Nothing typed: GOV.UK's messages for each empty field, before asking the API.
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect((await summary.locator('li').allTextContents()).map((s) => s.trim())).toEqual([
      'Enter your email address',
      'Enter your password',
    ]);

    await submitSignIn(page, ACCOUNTS.hartlepoolLead, 'not-the-password');
    await summary.getByText('The email address or password is not right.').waitFor({ timeout: 10000 });
    expect(await summary.getByRole('heading', { name: 'There is a problem' }).isVisible()).toBe(true);
    // The summary takes focus, so screen readers read it out, and links to the first field.
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#email');
    expect(await page.locator('#email-error').textContent()).toContain('The email address or password is not right.');
    expect(await page.locator('#password-error').textContent()).toContain('The email address or password is not right.');
    expect(await page.title()).toBe('Error: Sign in – Touchstone');
    await expectAccessible(page, 'sign-in-error');

    // With the right password, straight to the council position page for the lead's own council.
    await page.getByLabel('Password', { exact: true }).fill(suite.testApp.config.DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/council=E06000001/, { timeout: 10000 });
    await page.locator('svg[role="img"] desc').filter({ hasText: 'Hartlepool' }).waitFor({ state: 'attached', timeout: 20000 });
    expect(await page.getByText(`Signed in as ${ACCOUNTS.hartlepoolLead}`).isVisible()).toBe(true);
  });

  it('should draw each section against the median of other councils, with a summary and the data', async () => {
    const page = await openPage();
    // The address asked for survives signing in.
    await page.goto(url('/?council=E07000034&framework=dm-challenge-toolkit&round=2025-26'));
    await page.waitForURL(/\/sign-in\?next=/, { timeout: 10000 });
    await signIn(page, ACCOUNTS.chesterfieldLead);
    await page.waitForURL(/\/\?council=E07000034&framework=dm-challenge-toolkit&round=2025-26$/, { timeout: 10000 });

    const chart = page.locator('svg[role="img"]');
    await chart.waitFor({ timeout: 20000 });

    expect(
      await page
        .getByText(/synthetic/i)
        .first()
        .isVisible(),
    ).toBe(true);
    // The chart's description is the generated summary, and names the council.
    expect(await chart.locator('desc').textContent()).toMatch(/Chesterfield/);

    // The 'Show data' table carries the same figures as the API.
    await page.getByText('Show data').first().click();
    // The chart's own table, inside its "Show data" details (the page has other tables too).
    const rows = page.locator('details table tbody tr');
    expect(await rows.count()).toBe(15);
    const api = await (
      await suite.testApp.as('chesterfieldLead')
    )(COMPARISON, { gss: 'E07000034', key: 'dm-challenge-toolkit', round: '2025-26' });
    // A section the council assessed and whose figures are not withheld, so both numbers show.
    type Subject = { title: string; councilScore: number | null; comparisons: { median: number | null }[] };
    const scored = (api.data!.councilPosition.subjects as Subject[]).find(
      (s) => s.councilScore !== null && s.comparisons[0].median !== null,
    )!;
    const scoredRow = (
      await rows
        .filter({ has: page.getByRole('rowheader', { name: scored.title, exact: true }) })
        .locator('th, td')
        .allTextContents()
    ).map((s) => s.trim());
    expect(scoredRow[0]).toBe(scored.title);
    expect(scoredRow[1]).toBe(String(Math.round(scored.councilScore!)));
    expect(scoredRow[2]).toBe(String(Math.round(scored.comparisons[0].median!)));

    // The header shows who is signed in, and marks the current page.
    expect(await page.getByText(`Signed in as ${ACCOUNTS.chesterfieldLead}`).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Council position' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'council-position');
  });

  it("should keep the choice in the URL, refuse another council's results to a lead, and show them to an administrator", async () => {
    const page = await openPage();
    await signIn(page, ACCOUNTS.chesterfieldLead);
    await page.goto(url('/?council=E07000034&framework=improvement-breakthroughs&round=2024-25'));
    await page.locator('svg[role="img"]').waitFor({ timeout: 20000 });
    await page.getByText('Show data').first().click();
    expect(await page.locator('details table tbody tr').count()).toBe(8);

    // A lead is offered only their own council.
    const councilOptions = async () =>
      (await page.getByLabel('Council', { exact: true }).locator('option').allTextContents()).map((o) => o.trim());
    expect(await councilOptions()).toEqual(['Chesterfield']);

    // Hartlepool is not the Chesterfield lead's to see, even from a link: a clear message, not a crash.
    await page.goto(url('/?council=E06000001&framework=improvement-breakthroughs&round=2024-25'));
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText(/You do not have access to Hartlepool's results/).waitFor({ timeout: 10000 });
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#council');
    expect(await page.locator('#council-error').textContent()).toContain("You do not have access to Hartlepool's results");
    expect(await page.locator('svg[role="img"]').count()).toBe(0);
    expect(await page.title()).toMatch(/^Error: /);
    // The select names the council asked for beside the lead's own, while the summary explains.
    expect((await councilOptions()).sort()).toEqual(['Chesterfield', 'Hartlepool']);
    await expectAccessible(page, 'council-position-forbidden');

    // Signing out ends the session: "You have signed out", and the old page asks to sign in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/signed-out$/, { timeout: 10000 });
    await page.goto(url('/account'));
    await page.waitForURL(/\/sign-in\?next=%2Faccount$/, { timeout: 10000 });

    // An administrator sees every council.
    await submitSignIn(page, ACCOUNTS.admin, suite.testApp.config.DEMO_PASSWORD);
    await page.waitForURL(/\/account$/, { timeout: 10000 });
    await page.goto(url('/?council=E06000001&framework=improvement-breakthroughs&round=2024-25'));
    await page.locator('svg[role="img"] desc').filter({ hasText: 'Hartlepool' }).waitFor({ state: 'attached', timeout: 20000 });
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    expect((await councilOptions()).length).toBeGreaterThan(300);
  });

  it('should create an API token, show it once, and revoke it; and let a lead change who the council shares with', async () => {
    const page = await openPage();
    await signIn(page, ACCOUNTS.chesterfieldLead);
    await page.getByRole('link', { name: 'Account' }).click();
    await page.waitForURL(/\/account$/, { timeout: 10000 });
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    expect(await page.title()).toBe('Your account – Touchstone');
    expect(await page.locator('.govuk-summary-list').textContent()).toContain(ACCOUNTS.chesterfieldLead);
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Council lead');
    await page.getByText('You do not have any API tokens.').waitFor();

    // An empty name is caught before asking the API.
    await page.getByRole('button', { name: 'Create API token' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter a name for the API token').waitFor();

    // A token must be allowed something: with no scope chosen, the form says so.
    await page.getByLabel('Token name').fill('Survey import script');
    await page.getByRole('checkbox', { name: 'Read' }).uncheck();
    await page.getByRole('button', { name: 'Create API token' }).click();
    await page.locator('.govuk-error-summary').getByText('Select what the API token may do').waitFor();
    await page.getByRole('checkbox', { name: 'Read' }).check();
    await page.getByRole('checkbox', { name: 'Submit' }).check();
    await page.getByRole('radio', { name: '7 days' }).check();
    await page.getByRole('button', { name: 'Create API token' }).click();
    const inset = page.locator('.app-new-token');
    await inset.waitFor({ timeout: 10000 });
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    expect(await inset.getByText(/copy it now: it will not be shown again/i).isVisible()).toBe(true);
    const token = await inset.getByLabel('API token').inputValue();
    expect(token).toMatch(/^tst_/);
    const card = page.locator('.govuk-summary-card').filter({ hasText: 'Survey import script' });
    expect(await card.locator('.govuk-tag').textContent()).toBe('Active');
    expect(await card.textContent()).toContain('Read and submit');
    const [created] = await suite.testApp.dataSource.query(`SELECT scopes, expires_at FROM api_token WHERE name = 'Survey import script'`);
    expect(created.scopes).toEqual(['read', 'submit']);
    expect(Math.round((new Date(created.expires_at).getTime() - Date.now()) / 86_400_000)).toBe(7);
    // The token shown works, as the signed-in lead.
    const asToken = suite.testApp.client({ authorization: `Bearer ${token}` });
    expect((await asToken('{ me { email } }')).data?.me.email).toBe(ACCOUNTS.chesterfieldLead);

    // Sharing: the Chesterfield lead shares with PAS and is in the demo collaboration group.
    await page
      .getByText('Chesterfield shares its identified self-assessment results with the Planning Advisory Service')
      .waitFor({ timeout: 10000 });
    await page.getByRole('heading', { name: 'North Derbyshire shared planning (demo)' }).waitFor();

    await expectAccessible(page, 'account');

    await card.getByRole('button', { name: 'Revoke Survey import script' }).click();
    await card.locator('.govuk-tag', { hasText: 'Revoked' }).waitFor({ timeout: 10000 });
    expect(await card.getByRole('button').count()).toBe(0);
    expect(await page.locator('.app-new-token').count()).toBe(0);
    expect(errorCodes(await asToken('{ me { email } }'))[0]?.code).toBe('UNAUTHENTICATED');

    // Stop and start sharing with PAS; withdraw and give consent in the group. Each asks to confirm, and shows at once.
    await page.getByRole('button', { name: 'Stop sharing with PAS' }).click();
    await page.getByRole('heading', { name: 'Stop sharing with PAS?' }).waitFor();
    expect(await axeViolations(page, 'account-confirm-stop-sharing')).toEqual([]);
    await page.getByRole('button', { name: 'Yes, stop sharing' }).click();
    await page.getByText('Chesterfield does not share its identified self-assessment results').waitFor({ timeout: 10000 });
    expect((await (await suite.testApp.as('chesterfieldLead'))('{ sharesWithPas }')).data?.sharesWithPas).toBe(false);
    await page.getByRole('button', { name: 'Start sharing with PAS' }).click();
    await page.getByRole('button', { name: 'Yes, share with PAS' }).click();
    await page.getByRole('button', { name: 'Stop sharing with PAS' }).waitFor({ timeout: 10000 });

    const ownRow = page.locator('tbody tr').filter({ hasText: 'Chesterfield (your council)' });
    expect(await ownRow.getByText('Yes').isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Withdraw consent/ }).click();
    // Cancel leaves everything as it was.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await ownRow.getByText('Yes').isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Withdraw consent/ }).click();
    await page.getByRole('button', { name: 'Yes, withdraw consent' }).click();
    await ownRow.getByText('No').waitFor({ timeout: 10000 });
    await page.getByRole('button', { name: /^Give consent/ }).click();
    await page.getByRole('button', { name: 'Yes, give consent' }).click();
    await ownRow.getByText('Yes').waitFor({ timeout: 10000 });
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);

    // On a phone the navigation and the tables must still fit.
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'account-mobile');
  });
});
