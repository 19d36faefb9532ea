import { existsSync } from 'node:fs';

import type { Browser, Page } from 'playwright-core';

import { DASHBOARD_DIST } from '../../api/src/app';

import { launchBrowser, openIsolatedPage, signInThroughPage } from './browser';
import { ACCOUNTS, type AccountName, startTestApp, type TestApp } from './test-app';

/** What a browser test block works with: the running app, and fresh pages in Chromium. */
export type BrowserSuite = {
  /** The app started for this block (available from beforeAll on). */
  readonly testApp: TestApp;
  /** A page in a context of its own; closed after the test, which fails if the page threw. */
  openPage(): Promise<Page>;
  /** The app's address for a path, e.g. url('/admin/users'). */
  url(path: string): string;
  /** Signs the page in as one of the app's accounts (with the demo password), through the sign-in page. */
  signIn(page: Page, account: AccountName): Promise<void>;
  /** openPage, then signIn: a fresh page signed in as one of the app's accounts. */
  openSignedIn(account: AccountName): Promise<Page>;
};

/**
 * How long starting the app (migrations, demo data) and Chromium may take. It is setup, not the
 * behaviour under test, so it gets a generous bound of its own rather than a test's 60 seconds;
 * the browser suites also run one at a time (tests/setup/browser-serial-runner.js).
 */
const SETUP_TIMEOUT_MS = 180_000;

/**
 * Registers, for the enclosing describe block, the app with this demo data and one Chromium, and
 * after each test closes every page it opened, insisting none had an uncaught error.
 */
export function useBrowserSuite(options: Parameters<typeof startTestApp>[0]): BrowserSuite {
  let testApp: TestApp | undefined;
  let browser: Browser | undefined;
  const pageErrors = new Map<Page, string[]>();

  beforeAll(async () => {
    if (!existsSync(DASHBOARD_DIST)) throw new Error('The dashboard is not built: run `npm run build:dashboard` (npm test does it first).');
    testApp = await startTestApp(options);
    browser = await launchBrowser();
  }, SETUP_TIMEOUT_MS);
  afterEach(async () => {
    for (const [page, errors] of pageErrors) {
      await page.context().close();
      expect(errors).toEqual([]);
    }
    pageErrors.clear();
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  const suite: BrowserSuite = {
    get testApp() {
      if (!testApp) throw new Error('The app starts in beforeAll');
      return testApp;
    },
    openPage: () => openIsolatedPage(browser!, pageErrors),
    url: (path) => `${suite.testApp.app.url}${path}`,
    signIn: (page, account) => signInThroughPage(page, suite.testApp.app.url, ACCOUNTS[account], suite.testApp.config.DEMO_PASSWORD),
    openSignedIn: async (account) => {
      const page = await suite.openPage();
      await suite.signIn(page, account);
      return page;
    },
  };
  return suite;
}
