import type { Page } from 'playwright-core';

import { axeViolations, saveScreenshot } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { type AccountName } from '../support/test-app';

/**
 * Every page of every role, as its users meet it: for each demo account, each page in the service
 * navigation it is shown (read from the rendered navigation, so a page added later is covered with
 * no change here) is visited directly, as a bookmark or a shared link would open it, at 320 and 375
 * px: nothing is wider than the screen, and axe (WCAG 2.2 AA) finds nothing. Then, printed at A4's
 * width, the page shows no navigation or form controls, no address after a link, and nothing runs
 * past the margin. One page per width is reused for every visit; only the address changes.
 */

const DEMO = {
  frameworkKeys: ['dm-challenge-toolkit', 'improvement-breakthroughs', 'improvement-self-assessment'],
  rounds: 2,
  participants: [2, 3] as [number, number],
};

/** One account of each role. */
const ROLES: AccountName[] = ['chesterfieldLead', 'bolsoverMember', 'analyst', 'admin'];

const PHONE_WIDTHS = [320, 375];

/**
 * A role has up to ten pages, each visited twice with axe each time: well over a test's usual
 * minute on two busy cores, though nothing in it waits for time to pass.
 */
const ROLE_TIMEOUT_MS = 300_000;

/** A4's width inside print.css's 12 mm margins, in CSS pixels (96 per inch): 186 mm. */
const A4_PRINTABLE_WIDTH = Math.floor((186 / 25.4) * 96);

/** What printing must leave out: the navigation, and anything that is only for using the page on screen. */
const SCREEN_ONLY = [
  '#service-navigation',
  'nav',
  '.govuk-skip-link',
  'form',
  'fieldset',
  'input',
  'select',
  'textarea',
  'button',
  '.govuk-radios',
  '.govuk-checkboxes',
  '.govuk-details__summary',
  '.app-keyboard-instructions',
].join(', ');

/**
 * Waits until the page has finished loading what it shows: no "Loading…" message, a heading, and
 * no request to the API still open. Each step waits for an event, never for an amount of time.
 */
async function settled(page: Page, openRequests: () => number, requestDone: () => Promise<unknown>): Promise<void> {
  for (;;) {
    await page.waitForFunction(() => !document.querySelector('.app-loading') && document.querySelector('main h1') !== null, undefined, {
      timeout: 20000,
    });
    if (openRequests() === 0) {
      // One more look after the last answer, which may have started a chunk or another query.
      const stillLoading = await page.evaluate(() => document.querySelector('.app-loading') !== null);
      if (!stillLoading && openRequests() === 0) return;
    } else {
      await requestDone();
    }
  }
}

/** Follows the page's requests, so `settled` knows when none is open. */
function trackRequests(page: Page) {
  let open = 0;
  const waiting: (() => void)[] = [];
  const done = () => {
    open = Math.max(0, open - 1);
    waiting.splice(0).forEach((resolve) => resolve());
  };
  page.on('request', () => open++);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    open: () => open,
    next: () => new Promise<void>((resolve) => waiting.push(resolve)),
  };
}

/** How far the document is wider than the window, and the widest elements that stick out (for the failure message). */
async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; viewport: number; culprits: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > viewport + 0.5)
      // Only the outermost element that sticks out, not each of its children.
      .filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits };
  });
}

/** The elements shown when printing that printing must leave out. */
async function printedScreenOnly(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}: ${(el.textContent ?? '').trim().slice(0, 40)}`,
        ),
    selector,
  );
}

/** Links that print something after themselves (GOV.UK Frontend's print styles add the address). */
async function printedLinkAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .filter((a) => a.checkVisibility())
      .filter((a) => {
        const after = getComputedStyle(a, '::after').content;
        return after !== 'none' && after !== 'normal' && after !== '""';
      })
      .map((a) => a.getAttribute('href') ?? ''),
  );
}

/** Tables, charts and other boxes that run past the printed page's right margin. */
async function printedPastMargin(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main table, main svg, main .app-table-container')]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
  });
}

/** The pages in the service navigation as rendered for the signed-in user, by address. */
async function navigationLinks(page: Page): Promise<{ path: string; text: string }[]> {
  await page.locator('#navigation a').first().waitFor();
  return page
    .locator('#navigation a')
    .evaluateAll((links) =>
      links.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, text: (a.textContent ?? '').trim() })),
    );
}

/** A short name for a page, for artifacts: "council-position". */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe('every page of every role, on a phone and on paper', () => {
  const suite = useBrowserSuite({ demo: DEMO });

  it('should show the sign-in page at 320 px without sideways scroll or axe violations, and print it without the form', async () => {
    const page = await suite.openPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(suite.url('/sign-in'));
    await page.getByRole('heading', { name: 'Sign in to Touchstone' }).waitFor();
    const overflow = await sidewaysOverflow(page);
    expect(overflow.culprits).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport);
    expect(await axeViolations(page, 'sign-in-320')).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await printedScreenOnly(page, SCREEN_ONLY)).toEqual([]);
  });

  it.each(ROLES)(
    'should show every page in the navigation of %s at 320 and 375 px and print it cleanly',
    async (account) => {
      const first = await suite.openPage();
      await suite.signIn(first, account);
      const links = await navigationLinks(first);
      expect(links.length).toBeGreaterThan(2);

      // The same session in a page for each phone width, each visiting the page directly.
      const pageErrors: string[] = [];
      const pages = await Promise.all(
        PHONE_WIDTHS.map(async (width, i) => {
          const page = i === 0 ? first : await first.context().newPage();
          if (i > 0) page.on('pageerror', (error) => pageErrors.push(error.message));
          await page.setViewportSize({ width, height: 800 });
          return { page, width, requests: trackRequests(page) };
        }),
      );
      const last = pages[pages.length - 1];

      const problems: string[] = [];
      for (const link of links) {
        const name = `${slug(account)}-${slug(link.text)}`;
        for (const { page, width, requests } of pages) {
          await page.goto(suite.url(`${link.path}`));
          await settled(page, requests.open, requests.next);
          const overflow = await sidewaysOverflow(page);
          if (overflow.scrollWidth > overflow.viewport) {
            await saveScreenshot(page, `every-page-${name}-${width}`);
            problems.push(`${link.path} at ${width} px: ${overflow.scrollWidth} px wide (${overflow.culprits.join('; ')})`);
          }
          const violations = await axeViolations(page, `every-page-${name}-${width}`);
          if (violations.length > 0) problems.push(`${link.path} at ${width} px: axe ${violations.join(' | ')}`);
        }

        // Printed on A4, without another visit: what print hides, and the widths of tables, are the
        // print styles' doing, which apply as soon as the media changes.
        await last.page.setViewportSize({ width: A4_PRINTABLE_WIDTH, height: 1000 });
        await last.page.emulateMedia({ media: 'print' });
        const shown = await printedScreenOnly(last.page, SCREEN_ONLY);
        if (shown.length > 0) problems.push(`${link.path} printed: shows ${shown.join('; ')}`);
        const addresses = await printedLinkAddresses(last.page);
        if (addresses.length > 0) problems.push(`${link.path} printed: addresses after links ${addresses.join(', ')}`);
        const pastMargin = await printedPastMargin(last.page);
        if (pastMargin.length > 0) problems.push(`${link.path} printed: past the margin ${pastMargin.join('; ')}`);
        await last.page.emulateMedia({ media: 'screen' });
        await last.page.setViewportSize({ width: last.width, height: 800 });
      }
      expect(problems).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    ROLE_TIMEOUT_MS,
  );
});
