import type { Browser, BrowserContext, Locator, Page, WebSocketRoute } from 'playwright-core';

import { type App, startApp } from '../../api/src/app';
import { createDataSource } from '../../api/src/data-source';
import { axeViolations, launchBrowser, saveScreenshot, signInThroughPage } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { JS_BUDGET_KB, loadedScripts } from '../support/page-checks';
import { createDraft } from '../support/session-clients';
import { ACCOUNTS, apiRoleUrl } from '../support/test-app';

/** A phone, as the issue asks: participants take part on their own devices. */
const PHONE = { width: 375, height: 740 };

/** Seven browser contexts on a shared 2-core machine: the whole flow takes a few minutes. No step waits on time. */
const TEST_TIMEOUT_MS = 600_000;

const SECTION = 'Performance management';
const FIRST = 'The service has a small set of agreed performance measures';
const LAST = 'When performance slips, the service agrees a recovery plan';
/** Two of the roles with 2 people (shown by shape), and two roles of 1 (counted together as other roles). */
const ROLES = ['Officer', 'Officer', 'Manager', 'Manager', 'Councillor', 'Partner'] as const;

/** A participant's phone: its page, and a switch that drops its WebSocket and keeps it down until restored. */
type Phone = { page: Page; dropSocket: () => Promise<void>; restoreSocket: () => void };

const COMPARISON = `query ($gss: String!, $key: String!, $round: String!) {
  councilPosition(councilGssCode: $gss, frameworkKey: $key, round: $round, peerGroupKeys: ["all"]) { subjects { key title councilScore } }
}`;

/**
 * The whole of a facilitated self-assessment in Chromium: a lead plans it and opens a session; six
 * colleagues join on phones by code, score privately, see the spread on the reveal, score again
 * after debate; the lead records the agreed level with a note, the section's top tips appear, and
 * the lead submits; the council position page then carries the result. Every wait is on something
 * visible on a page, never on time.
 */
describe('facilitated session in Chromium', () => {
  const suite = useBrowserSuite({ demo: false });
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A phone-sized page in a context of its own (no cookie, its own localStorage), with its WebSocket routed so a test can drop it. */
  async function openPhone(): Promise<Phone> {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let blocked = false;
    const open = new Set<WebSocketRoute>();
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      // While "out of signal", every attempt to reconnect fails at once, as a dead network would.
      if (blocked) return void ws.close({ code: 4499, reason: 'offline' });
      open.add(ws);
      ws.onClose(() => open.delete(ws));
      ws.connectToServer();
    });
    return {
      page,
      dropSocket: async () => {
        blocked = true;
        for (const ws of [...open]) await ws.close({ code: 4499, reason: 'offline' });
      },
      restoreSocket: () => {
        blocked = false;
      },
    };
  }

  /** The facilitator: a signed-in desktop page, and a second page of the same context for the projector. */
  async function openFacilitator(appUrl: string, account: keyof typeof ACCOUNTS): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughPage(page, appUrl, ACCOUNTS[account], suite.testApp.config.DEMO_PASSWORD);
    return page;
  }

  const expectAxeClean = async (page: Page, view: string) => expect(await axeViolations(page, view)).toEqual([]);
  /** What the element shows, as rendered (cells and rows apart), on one line. */
  const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  /** Plans a Performance management assessment for the lead's council and opens a live session on it; returns the join code. */
  async function planAndOpen(facilitator: Page, appUrl: string, view: string): Promise<string> {
    await facilitator.goto(`${appUrl}/assessments`);
    await facilitator.getByRole('heading', { name: 'Self-assessments', level: 1 }).waitFor();
    await facilitator.getByText('Your council has no assessments yet.').waitFor();
    await expectAxeClean(facilitator, `${view}-assessments-empty`);
    await facilitator.getByLabel('Round').selectOption('2025-26');
    await facilitator.getByRole('button', { name: 'Start the assessment' }).click();
    await facilitator.waitForURL(/\/assessments\/[^/]+$/);
    await facilitator.getByRole('heading', { name: 'Development management challenge toolkit, 2025-26', level: 1 }).waitFor();

    // The plan: one section ("don't try and do every section"), one statement that does not matter, and the why and who.
    const plan = facilitator.locator('.app-plan-form');
    await plan.getByLabel(SECTION, { exact: true }).check();
    await plan.locator('summary').filter({ hasText: 'Statements that do not matter' }).click();
    await plan.getByLabel(/compares its performance with similar councils/).check();
    await plan
      .getByLabel('Why is the council doing this assessment?')
      .fill('To agree where performance reporting needs to improve before the budget round.');
    await plan.getByLabel('Who chairs the sessions?').fill('Head of planning');
    await plan.getByLabel('Who takes notes?').fill('Planning support officer');
    await plan.getByLabel('One of a series (for example, every year)').check();
    await plan.getByLabel('Timescale for action').fill('Improvement plan agreed by March');
    await plan.getByRole('button', { name: 'Save the plan' }).click();
    await facilitator.locator('.govuk-notification-banner').getByText('The plan is saved.').waitFor();
    await expectAxeClean(facilitator, `${view}-plan`);

    // Opening with no section chosen is caught before asking the API.
    const open = facilitator.locator('.app-open-session');
    await open.getByRole('button', { name: 'Open the session' }).click();
    await facilitator.locator('.govuk-error-summary').getByText('Choose at least one section').waitFor();
    await open.getByLabel(SECTION, { exact: true }).check();
    await open.getByRole('button', { name: 'Open the session' }).click();
    await facilitator.waitForURL(/\/sessions\/[^/]+$/);
    await facilitator.getByRole('heading', { name: SECTION, level: 1 }).waitFor();
    await facilitator.getByText('Nobody has joined yet').waitFor();
    expect(await facilitator.locator('.app-join__qr svg').count()).toBe(1);
    // The statement the plan skips is marked so, and passed over by "Next statement".
    await facilitator
      .locator('.app-statement-list tr')
      .filter({ hasText: 'compares its performance' })
      .getByText('Skipped in the plan')
      .waitFor();
    await expectAxeClean(facilitator, `${view}-facilitator-open`);
    return (await text(facilitator.locator('.app-join__code'))).replace(/^Join code:\s*/, '').replace(/\s+/g, '');
  }

  /** Joins on a phone as a role: the first by typing the code at /join (after a wrong code), the rest by the link. */
  async function joinAs(phone: Phone, appUrl: string, code: string, role: string, typed: boolean): Promise<void> {
    const { page } = phone;
    if (typed) {
      await page.goto(`${appUrl}/join`);
      await page.getByRole('heading', { name: 'Join the session', level: 1 }).waitFor();
      // A wrong code: the API's message in the error summary and beside the field; the role chosen is kept.
      await page.getByLabel('Code').fill('ZZZ ZZZ');
      await page.getByLabel(role, { exact: true }).check();
      await page.getByRole('button', { name: 'Join' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.getByText('No session has this code. Check it against the screen and try again.').waitFor();
      expect(await page.locator('#join-code-error').textContent()).toContain('No session has this code');
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.getByLabel(role, { exact: true }).isChecked()).toBe(true);
      await expectAxeClean(page, 'participant-join-error');
      await page.getByLabel('Code').fill(code.toLowerCase());
    } else {
      await page.goto(`${appUrl}/join/${code}`);
      await page.getByRole('heading', { name: 'Join the session', level: 1 }).waitFor();
      await page.getByLabel(role, { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Wait for the first statement', level: 1 }).waitFor();
    // The code is now in the address, so a reload resumes.
    expect(new URL(page.url()).pathname).toBe(`/join/${code}`);
  }

  /** Scores the statement on screen on a phone and waits for the page to confirm it. */
  async function score(phone: Phone, level: string): Promise<void> {
    const { page } = phone;
    await page.getByLabel(level, { exact: true }).check();
    await page.locator('form button[type="submit"]').click();
    await page.locator('.app-my-score').getByText(`Your score: ${level}`).waitFor();
  }

  /** The spread's rows on a page as "Level: count" (the figures shown), highest level first. */
  async function spreadCounts(page: Page): Promise<string[]> {
    const rows = page.locator('.app-spread__table tbody tr');
    const out: string[] = [];
    for (const row of await rows.all()) out.push(`${await text(row.locator('th'))}: ${await text(row.locator('.app-spread__count'))}`);
    return out;
  }

  const statementHeading = (page: Page, start: string) => page.getByRole('heading', { name: new RegExp(`^${start}`), level: 1 });

  /**
   * Runs the first statement from the reveal to the agreed level and the rest of the section: the
   * spread, a re-vote, the agreed level with a note and evidence and the top tips beside a low level,
   * a skipped statement, and the last statement with the tips at the end of the section.
   */
  async function runSection(facilitator: Page, phones: Phone[], presenter: Page): Promise<void> {
    const scored = facilitator.getByTestId('scored-count');
    await facilitator.getByRole('button', { name: 'Show the first statement' }).click();
    for (const phone of phones) await statementHeading(phone.page, FIRST).waitFor();
    await presenter.getByRole('heading', { name: new RegExp(`^${FIRST}`), level: 1 }).waitFor();
    // Projected to the room: no navigation, and not the facilitator's email.
    expect(await presenter.locator('.govuk-service-navigation').count()).toBe(0);
    await expectAxeClean(phones[0].page, 'participant-scoring');

    // Private scoring: the facilitator and the projector see how many, never what.
    const first = ['Poor', 'Poor', 'Fair', 'Fair', 'Good', 'Poor'];
    for (const [i, phone] of phones.slice(0, 3).entries()) await score(phone, first[i]);
    await scored.getByText('3 of 6 have scored').waitFor();
    await presenter.getByTestId('scored-count').getByText('3 of 6 have scored').waitFor();
    expect(await facilitator.locator('.app-spread').count()).toBe(0);
    // A participant may change their score until the reveal.
    await phones[0].page.getByLabel('Fair', { exact: true }).check();
    await phones[0].page.getByRole('button', { name: 'Change my score' }).click();
    await phones[0].page.locator('.app-my-score').getByText('Your score: Fair').waitFor();
    first[0] = 'Fair';
    for (const [i, phone] of phones.slice(3).entries()) await score(phone, first[i + 3]);
    await scored.getByText('6 of 6 have scored').waitFor();
    expect(await noSidewaysScroll(phones[0].page)).toBe(true);
    await saveScreenshot(phones[0].page, 'session-participant-scored');
    await saveScreenshot(facilitator, 'session-facilitator-scoring');

    // The reveal: counts per level, the median, and roles by shape only where 2 or more of a role scored.
    await facilitator.getByRole('button', { name: 'Reveal the scores' }).click();
    const expected = ['Excellent: 0', 'Good: 1', 'Fair: 3', 'Poor: 2'];
    for (const phone of phones) {
      await phone.page.getByRole('heading', { name: 'The scores', level: 2 }).waitFor();
      expect(await spreadCounts(phone.page)).toEqual(expected);
    }
    expect(await spreadCounts(facilitator)).toEqual(expected);
    await presenter.locator('.app-spread').waitFor();
    expect(await spreadCounts(presenter)).toEqual(expected);
    const phone = phones[0].page;
    expect(await text(phone.locator('.app-spread caption'))).toBe('6 scored, median Fair');
    // Officers and managers (2 each) are shown by shape; the councillor and the partner only as "other roles".
    expect(await text(phone.locator('.app-spread__key'))).toBe('Key: ● Officer ■ Manager ○ Other roles');
    expect(await phone.locator('.app-spread__mark--councillor, .app-spread__mark--partner').count()).toBe(0);
    // The reveal is announced to screen readers.
    expect(await text(phone.locator('[role="status"]'))).toMatch(/^The scores are revealed\. 6 scored, median Fair\./);
    expect(await phone.getByText('Your score: Fair').isVisible()).toBe(true);
    expect(await noSidewaysScroll(phone)).toBe(true);
    // The narrowest phone GOV.UK designs for: still no sideways scroll.
    await phone.setViewportSize({ width: 320, height: 640 });
    expect(await noSidewaysScroll(phone)).toBe(true);
    await expectAxeClean(phone, 'participant-revealed-320');
    await phone.setViewportSize(PHONE);
    await expectAxeClean(phone, 'participant-revealed');
    await saveScreenshot(phone, 'session-participant-revealed');
    await saveScreenshot(presenter, 'session-presenter-revealed');
    await expectAxeClean(presenter, 'presenter-revealed');

    // Debate, then a re-vote: everyone scores again.
    await facilitator.getByRole('button', { name: 'Score again after the discussion' }).click();
    for (const p of phones) await p.page.getByText('After the discussion, score again.').waitFor();
    await scored.getByText('0 of 6 have scored').waitFor();
    const second = ['Fair', 'Fair', 'Poor', 'Fair', 'Fair', 'Poor'];
    for (const [i, p] of phones.entries()) await score(p, second[i]);
    await scored.getByText('6 of 6 have scored').waitFor();
    await facilitator.getByRole('button', { name: 'Reveal the scores' }).click();
    await facilitator.locator('.app-spread').waitFor();
    expect(await spreadCounts(facilitator)).toEqual(['Excellent: 0', 'Good: 0', 'Fair: 4', 'Poor: 2']);

    // The agreed level with a note and evidence; Fair is in the lower half of the scale, so the top tips show beside it.
    const agree = facilitator.locator('.app-agree-form');
    await agree.getByRole('button', { name: 'Record the agreed level' }).click();
    await facilitator.locator('.govuk-error-summary').getByText('Choose the agreed level').waitFor();
    await agree.getByLabel('Fair', { exact: true }).check();
    await agree.getByLabel('Notes (optional)').fill('Measures exist for speed only; quality and satisfaction are not reported.');
    await agree.getByLabel('Evidence (optional)').fill('Monthly performance report, October\nhttps://example.org/planning-dashboard');
    await agree.getByRole('button', { name: 'Record the agreed level' }).click();
    const agreed = facilitator.getByTestId('agreed');
    await agreed.getByText('Fair').waitFor();
    expect(await text(agreed)).toContain('Measures exist for speed only');
    expect(await text(agreed)).toContain('https://example.org/planning-dashboard');
    await facilitator.getByRole('heading', { name: `Top tips: ${SECTION}` }).waitFor();
    for (const p of phones) {
      await p.page.locator('.govuk-panel').getByText('Fair').waitFor();
      await p.page.getByRole('heading', { name: `Top tips: ${SECTION}` }).waitFor();
    }
    await expectAxeClean(phones[1].page, 'participant-agreed');
    await expectAxeClean(facilitator, 'facilitator-agreed');
    await saveScreenshot(facilitator, 'session-facilitator-agreed');

    // "Not important to us": the next statement is skipped.
    await facilitator.getByRole('button', { name: 'Next statement' }).click();
    await facilitator.getByRole('heading', { name: /^Planning officers agree individual targets/, level: 2 }).waitFor();
    await facilitator.getByRole('button', { name: 'Not important to us' }).click();
    await facilitator.locator('.app-current-statement').getByText('Not important to us: this statement is skipped.').waitFor();
    for (const p of phones) await p.page.getByText('Not important to us: this statement is skipped.').waitFor();

    // The section's last statement, agreed at Good: the top tips show at the end of the section.
    await facilitator.getByRole('button', { name: new RegExp(`^Show statement: ${LAST}`) }).click();
    for (const p of phones) await statementHeading(p.page, LAST).waitFor();
    for (const [i, p] of phones.slice(0, 3).entries()) await score(p, ['Good', 'Good', 'Fair'][i]);
    await scored.getByText('3 of 6 have scored').waitFor();
    await facilitator.getByRole('button', { name: 'Reveal the scores' }).click();
    await facilitator.locator('.app-agree-form').getByLabel('Good', { exact: true }).check();
    await facilitator.locator('.app-agree-form').getByRole('button', { name: 'Record the agreed level' }).click();
    await facilitator.getByTestId('agreed').getByText('Good').waitFor();
    await facilitator.getByRole('heading', { name: `Top tips: ${SECTION}` }).waitFor();
    await phones[5].page.getByRole('heading', { name: `Top tips: ${SECTION}` }).waitFor();
  }

  /** Ends the session, reviews coverage and submits; then the council position page shows the submitted section score. */
  async function submitAndCheckPosition(facilitator: Page, appUrl: string, gss: string, council: string): Promise<void> {
    await facilitator.getByRole('button', { name: 'End the session' }).click();
    await facilitator.getByText('This session has ended.').waitFor();
    await facilitator.getByRole('link', { name: 'Continue the assessment in another session' }).click();
    await facilitator.waitForURL(/\/assessments\/[^/]+$/);
    // Coverage: of the section's 7 statements, one skipped in the plan and one in the session; 2 agreed, 3 never scored.
    const totals = facilitator.getByTestId('coverage-totals');
    await totals.getByText('2 of 5').waitFor();
    expect(await text(totals)).toBe('Agreed 2 of 5 Scored, not agreed 0 of 5 Unscored 3 of 5 Skipped as not important 2 of 7');
    expect(await text(facilitator.getByTestId('assessment-participants'))).toMatch(
      /^6 scored: 2 officers, 2 managers, 1 councillor and 1 partner\.$/,
    );
    await expectAxeClean(facilitator, 'assessment-review');
    await facilitator.getByRole('button', { name: 'Submit the assessment' }).click();
    await facilitator.locator('.govuk-panel, .govuk-error-summary').first().waitFor();
    expect(await facilitator.locator('.govuk-error-summary li').allInnerTexts()).toEqual([]);
    await facilitator.locator('.govuk-panel').getByRole('heading', { name: 'Assessment submitted' }).waitFor();

    await facilitator.getByRole('link', { name: `See ${council}'s position for 2025-26` }).click();
    await facilitator.waitForURL(new RegExp(`council=${gss}&framework=dm-challenge-toolkit&round=2025-26`));
    await facilitator.locator('svg[role="img"]').waitFor({ timeout: 20000 });
    await facilitator.getByText('Show data').first().click();
    const api = await (
      await suite.testApp.as(gss === 'E07000034' ? 'chesterfieldLead' : 'hartlepoolLead')
    )(COMPARISON, {
      gss,
      key: 'dm-challenge-toolkit',
      round: '2025-26',
    });
    const row = api.data!.councilPosition.subjects.find((s: { key: string }) => s.key === 'performance-management');
    // Fair (33.3) and Good (66.7) agreed: the section's score is their mean.
    expect(Math.round(row.councilScore)).toBe(50);
    const cells = (
      await facilitator
        .locator('details table tbody tr')
        .filter({ has: facilitator.getByRole('rowheader', { name: SECTION, exact: true }) })
        .locator('th, td')
        .allTextContents()
    ).map((s) => s.trim());
    expect(cells[1]).toBe('50');

    await facilitator.goto(`${appUrl}/assessments`);
    const listed = facilitator.locator('.app-assessments-table tbody tr').first();
    await listed.locator('.govuk-tag').getByText('Submitted').waitFor();
    expect(await text(listed)).toMatch(
      /^Development management challenge toolkit, 2025-26 Submitted 0 of 1 2 officers 2 managers 1 councillor 1 partner Started \d.* Submitted \d/,
    );
    await expectAxeClean(facilitator, 'assessments-list');
  }

  it(
    'should run one section end to end with a facilitator and six phones, and show the submitted figures on the position page',
    async () => {
      const appUrl = suite.testApp.app.url;
      const facilitator = await openFacilitator(appUrl, 'chesterfieldLead');
      const code = await planAndOpen(facilitator, appUrl, 'one-process');
      await saveScreenshot(facilitator, 'session-facilitator-open');
      const presenter = await facilitator.context().newPage();
      presenter.on('pageerror', (error) => pageErrors.push(error.message));
      await presenter.goto(facilitator.url() + '/present');
      await presenter.getByRole('heading', { name: 'Join the session', level: 1 }).waitFor();
      await expectAxeClean(presenter, 'presenter-joining');

      const phones: Phone[] = [];
      for (const [i, role] of ROLES.entries()) {
        const phone = await openPhone();
        phones.push(phone);
        if (i === 0) {
          await phone.page.goto(`${appUrl}/join`);
          await phone.page.getByRole('heading', { name: 'Join the session', level: 1 }).waitFor();
          await expectAxeClean(phone.page, 'participant-join');
          // A phone loads the shell and the participant's page only: none of the facilitator's pages or the charts.
          const scripts = await loadedScripts(phone.page);
          console.log(`JavaScript loaded, gzipped: /join ${scripts.gzipKb} kB (${scripts.files.length} files)`);
          expect(scripts.files.some((f) => /FacilitatorSessionPage|AssessmentPage|CouncilPositionPage/.test(f))).toBe(false);
          expect(scripts.gzipKb).toBeLessThan(JS_BUDGET_KB);
          expect(await noSidewaysScroll(phone.page)).toBe(true);
        }
        await joinAs(phone, appUrl, code, role, i === 0);
      }
      await expectAxeClean(phones[0].page, 'participant-waiting');
      await facilitator.getByTestId('participants').getByText('6 joined: 2 officers, 2 managers, 1 councillor and 1 partner').waitFor();
      await presenter.getByText('6 people have joined').waitFor();

      await runSection(facilitator, phones, presenter);
      await expectAxeClean(presenter, 'presenter-agreed');
      await saveScreenshot(presenter, 'session-presenter-agreed');
      await presenter.close();
      await submitAndCheckPosition(facilitator, appUrl, 'E07000034', 'Chesterfield');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'should let a participant score every statement of a survey at their own pace, and keep the scores on return',
    async () => {
      const lead = await suite.testApp.as('uttlesfordLead');
      const assessmentId = await createDraft(lead, 'E07000077', '2025-26');
      const opened = await lead(`mutation ($input: OpenSessionInput!) { openSession(input: $input) { session { joinCode } } }`, {
        input: { assessmentId, sectionKeys: ['performance-management'], mode: 'SURVEY', surveyDays: 3 },
      });
      expect(opened.errors).toBeUndefined();
      const code = opened.data!.openSession.session.joinCode as string;

      const phone = await openPhone();
      const page = phone.page;
      await page.goto(suite.url(`/join/${code}`));
      await page.getByLabel('Councillor', { exact: true }).check();
      await page.getByRole('button', { name: 'Join' }).click();
      // A survey has no statement on a screen: its page lists them all.
      await page.getByRole('heading', { name: 'Score each statement', level: 1 }).waitFor();
      const statements = page.locator('section.app-survey-statement');
      expect(await statements.count()).toBe(7);
      const first = statements.first();
      await first.getByLabel('Good', { exact: true }).check();
      await first.getByRole('button', { name: 'Save my score' }).click();
      await first.locator('.govuk-tag').getByText('Saved').waitFor();
      // Saving with nothing chosen names the problem and links to the radios.
      await statements.nth(1).getByRole('button', { name: 'Save my score' }).click();
      await page.locator('.govuk-error-summary').getByRole('link', { name: 'Choose a level' }).waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      await expectAxeClean(page, 'participant-survey');

      // Coming back later on the same phone: the score is still there.
      await page.reload();
      await statements.first().locator('.govuk-tag').getByText('Saved').waitFor();
      expect(await statements.first().getByLabel('Good', { exact: true }).isChecked()).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  describe('on two API processes', () => {
    let second: App;
    let secondSource: ReturnType<typeof createDataSource>;

    beforeAll(async () => {
      secondSource = createDataSource(apiRoleUrl(suite.testApp), { poolSize: 5 });
      await secondSource.initialize();
      second = await startApp(secondSource, suite.testApp.config, 0);
    });
    afterAll(async () => {
      await second?.close();
      if (second) await new Promise((resolve) => second.server.close(resolve));
      await secondSource?.destroy();
    });

    it(
      'should carry live updates between processes, and resume a phone whose socket drops with its score kept',
      async () => {
        // The facilitator and projector on the first process, every phone on the second.
        const facilitatorUrl = suite.testApp.app.url;
        const phoneUrl = second.url;
        expect(phoneUrl).not.toBe(facilitatorUrl);
        const facilitator = await openFacilitator(facilitatorUrl, 'hartlepoolLead');
        const code = await planAndOpen(facilitator, facilitatorUrl, 'two-processes');
        const presenter = await facilitator.context().newPage();
        presenter.on('pageerror', (error) => pageErrors.push(error.message));
        await presenter.goto(facilitator.url() + '/present');

        const phones: Phone[] = [];
        for (const [i, role] of ROLES.entries()) {
          const phone = await openPhone();
          phones.push(phone);
          await joinAs(phone, phoneUrl, code, role, i === 0);
        }
        // Joins on the second process reach the facilitator's page on the first.
        await facilitator.getByTestId('participants').getByText('6 joined: 2 officers, 2 managers, 1 councillor and 1 partner').waitFor();

        const scored = facilitator.getByTestId('scored-count');
        await facilitator.getByRole('button', { name: 'Show the first statement' }).click();
        for (const phone of phones) await statementHeading(phone.page, FIRST).waitFor();
        const levels = ['Good', 'Fair', 'Good', 'Fair', 'Poor', 'Good'];
        for (const [i, phone] of phones.entries()) await score(phone, levels[i]);
        await scored.getByText('6 of 6 have scored').waitFor();

        // Two phones lose their signal: their sockets drop and cannot reconnect. One reloads instead.
        const [, , , reloading, late, sleeping] = phones;
        await late.dropSocket();
        await sleeping.dropSocket();
        await facilitator.getByRole('button', { name: 'Reveal the scores' }).click();
        await presenter.locator('.app-spread').waitFor();
        // The phones still online see the reveal through the second process.
        await phones[0].page.getByRole('heading', { name: 'The scores', level: 2 }).waitFor();

        // A phone that missed the reveal tries to change its score: the API refuses, the page says why and shows the reveal.
        await late.page.getByLabel('Good', { exact: true }).check();
        await late.page.getByRole('button', { name: 'Change my score' }).click();
        await late.page
          .locator('.govuk-error-summary')
          .getByText('Scores for this statement have been revealed; wait for a re-vote or the next statement.')
          .waitFor();
        await late.page.getByRole('heading', { name: 'The scores', level: 2 }).waitFor();
        expect(await late.page.getByText('Your score: Poor').isVisible()).toBe(true);
        await expectAxeClean(late.page, 'participant-vote-after-reveal');

        // The sleeping phone wakes: its socket reconnects, the page re-reads, and its score is kept.
        sleeping.restoreSocket();
        await sleeping.page.getByRole('heading', { name: 'The scores', level: 2 }).waitFor({ timeout: 30000 });
        expect(await sleeping.page.getByText('Your score: Good').isVisible()).toBe(true);
        expect(await spreadCounts(sleeping.page)).toEqual(['Excellent: 0', 'Good: 3', 'Fair: 2', 'Poor: 1']);

        // A reloaded phone resumes from the token on the device, as the same participant.
        await reloading.page.reload();
        await reloading.page.getByRole('heading', { name: 'The scores', level: 2 }).waitFor();
        expect(await reloading.page.getByText('Your score: Fair').isVisible()).toBe(true);

        // The re-vote reaches the reconnected phone over its new socket, and its new score reaches the facilitator.
        late.restoreSocket();
        await facilitator.getByRole('button', { name: 'Score again after the discussion' }).click();
        for (const p of phones) await p.page.getByText('After the discussion, score again.').waitFor({ timeout: 30000 });
        for (const p of phones) await score(p, 'Good');
        await scored.getByText('6 of 6 have scored').waitFor();
        await facilitator.getByRole('button', { name: 'Reveal the scores' }).click();
        for (const p of phones) {
          await p.page.getByRole('heading', { name: 'The scores', level: 2 }).waitFor();
          expect(await spreadCounts(p.page)).toEqual(['Excellent: 0', 'Good: 6', 'Fair: 0', 'Poor: 0']);
        }
        await facilitator.locator('.app-agree-form').getByLabel('Good', { exact: true }).check();
        await facilitator.locator('.app-agree-form').getByLabel('Notes (optional)').fill('Agreed after the re-vote.');
        await facilitator.locator('.app-agree-form').getByRole('button', { name: 'Record the agreed level' }).click();
        for (const p of phones) await p.page.locator('.govuk-panel').getByText('Good').waitFor();
        await presenter.locator('.govuk-panel').getByText('Good').waitFor();
      },
      TEST_TIMEOUT_MS,
    );
  });
});
