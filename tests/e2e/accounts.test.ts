import type { Page } from 'playwright-core';

import { axeViolations, saveScreenshot, submitSignIn } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { createTestOutbox } from '../support/outbox';
import { ACCOUNTS } from '../support/test-app';

const PHONE = { width: 375, height: 812 };

/**
 * The account pages as people meet them, on a phone-sized screen: accepting an invitation, signing
 * out, and resetting a forgotten password through the development outbox (no mail server).
 */
describe('accounts in Chromium', () => {
  const outbox = createTestOutbox();
  const suite = useBrowserSuite({ env: { MAIL_OUTBOX_DIR: outbox.dir } });
  afterAll(() => outbox.remove());

  const openPhonePage = async () => {
    const page = await suite.openPage();
    await page.setViewportSize(PHONE);
    return page;
  };
  /** Checks what every account page must be: no sideways scroll at 375 px and no axe violations; then keeps a screenshot. */
  const checkPage = async (page: Page, name: string) => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page, name)).toEqual([]);
    await saveScreenshot(page, name);
  };
  const passwordField = (page: Page) => page.getByLabel('Create a password', { exact: true });

  it('should let an invited colleague set a password (refusing a common one, with the reason), sign in, and sign out', async () => {
    const admin = await suite.testApp.as('admin');
    const invited = await admin(
      `mutation { inviteUser(input: { email: "planner@chesterfield.example", role: COUNCIL_MEMBER, councilGssCode: "E07000034" }) { invitationLink } }`,
    );
    // The link the administrator passes on, opened on this test's port.
    const link = new URL(invited.data!.inviteUser.invitationLink as string);

    const page = await openPhonePage();
    await page.goto(suite.url(`${link.pathname}${link.hash}`));
    await page.getByRole('heading', { name: 'Accept your invitation to Touchstone', level: 1 }).waitFor();
    expect(await page.title()).toBe('Accept your invitation – Touchstone');
    // The rule is there before anything is typed, and read out with the field.
    expect(await passwordField(page).getAttribute('autocomplete')).toBe('new-password');
    const hintId = (await passwordField(page).getAttribute('aria-describedby'))!.split(' ')[0];
    expect(await page.locator(`#${hintId}`).textContent()).toMatch(/at least 12 characters.*lists of common passwords/);
    await checkPage(page, 'accept-invitation-375');

    await passwordField(page).fill('qwerty123456');
    await page.getByRole('button', { name: 'Set password' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/This password is too common/);
    expect(await page.locator('#password-error').textContent()).toMatch(/This password is too common/);
    expect(await page.title()).toBe('Error: Accept your invitation – Touchstone');
    await checkPage(page, 'accept-invitation-common-password-375');

    await passwordField(page).fill('violet harbour teapot');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('heading', { name: 'Your account is ready', level: 1 }).waitFor();
    expect(await page.getByText('planner@chesterfield.example').count()).toBe(1);
    await checkPage(page, 'accept-invitation-done-375');

    await page.getByRole('link', { name: 'Sign in' }).click();
    await submitSignIn(page, 'planner@chesterfield.example', 'violet harbour teapot');
    await page.waitForURL((url) => url.pathname === '/', { timeout: 15000 });
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'Sign out' }).evaluate((button: HTMLButtonElement) => button.click());
    await page.waitForURL(/\/signed-out$/, { timeout: 10000 });
    await page.getByRole('heading', { name: 'You have signed out', level: 1 }).waitFor();
    expect(await page.title()).toBe('You have signed out – Touchstone');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await checkPage(page, 'signed-out-375');
    // The session really has ended: a signed-in page asks to sign in again.
    await page.goto(suite.url('/account'));
    await page.waitForURL(/\/sign-in\?next=%2Faccount$/, { timeout: 10000 });
  });

  it('should reset a forgotten password from the emailed link, sign in with the new one, and refuse the link a second time', async () => {
    const account = ACCOUNTS.hartlepoolLead;
    const page = await openPhonePage();
    await page.goto(suite.url('/sign-in'));
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
    await checkPage(page, 'forgot-password-375');

    await page.getByLabel('Email address').fill(account);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('heading', { name: 'Check your email', level: 1 }).waitFor();
    // Worded so that it never says whether the address has an account.
    expect(await page.locator('main').textContent()).toMatch(/If lead\.hartlepool@demo\.touchstone\.test has a Touchstone account/);
    await checkPage(page, 'forgot-password-sent-375');

    const link = new URL(await outbox.waitForLink(account, '/reset-password'));
    const resetPath = `${link.pathname}${link.hash}`;
    await page.goto(suite.url(`${resetPath}`));
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await checkPage(page, 'reset-password-375');
    await passwordField(page).fill('kettle orchard lantern');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Your password has been changed', level: 1 }).waitFor();
    await checkPage(page, 'reset-password-done-375');

    await page.getByRole('link', { name: 'Sign in' }).click();
    await submitSignIn(page, account, 'kettle orchard lantern');
    await page.waitForURL((url) => url.pathname === '/', { timeout: 15000 });

    // The same link again, in another browser: used up.
    const again = await openPhonePage();
    await again.goto(suite.url(`${resetPath}`));
    await passwordField(again).fill('another fine passphrase');
    await again.getByRole('button', { name: 'Change password' }).click();
    const summary = again.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/This password reset link is not valid/);
    expect(await again.getByRole('link', { name: 'Ask for a new link' }).count()).toBe(1);
    await checkPage(again, 'reset-password-used-link-375');
  });
});
