import { axeViolations, saveScreenshot } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { expectAccessible, expectAccessibleAt320 } from '../support/page-checks';

/**
 * The plain-English "How the figures work" page in Chromium: it states the rules in force (read
 * from the API), passes axe, and every caveat and every withheld figure ("c") on the benchmark
 * views links to it.
 */

const DEMO = { frameworkKeys: ['dm-challenge-toolkit'], rounds: 1, participants: [2, 2] as [number, number] };
const ROUND = '2024-25';
const CHESTERFIELD = 'E07000034';

describe('how the figures work, in Chromium', () => {
  const suite = useBrowserSuite({ demo: DEMO });
  const { url } = suite;

  it('should say how figures are computed and protected, with the numbers in force, and pass axe', async () => {
    const page = await suite.openSignedIn('chesterfieldLead');
    await page.goto(url('/how-figures-work'));
    await page.getByRole('heading', { level: 1, name: 'How the figures work' }).waitFor();
    await page.locator('#glossary').waitFor();
    expect(await page.title()).toBe('How the figures work – Touchstone');

    const threshold = suite.testApp.config.DISCLOSURE_MIN_COUNCILS;
    const withheld = await page.locator('#withheld ~ ul').first().innerText();
    expect(withheld).toContain(`when fewer than ${threshold} other councils contribute`);
    expect(await page.locator('main').innerText()).toContain('Hyndman and Fan');
    for (const term of ['Act first', 'c', 'Coverage', 'Median absolute deviation (MAD)', 'Spread', 'Fixed peer group'])
      await page.locator('dt.govuk-summary-list__key', { hasText: new RegExp(`^${term.replace(/[()]/g, '\\$&')}$`) }).waitFor();
    // Each contents link leads to a section on the page.
    for (const href of await page
      .locator('nav[aria-labelledby="contents-heading"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(await page.locator(href!).count()).toBe(1);

    await expectAccessible(page, 'how-figures-work');
    await expectAccessibleAt320(page, 'how-figures-work');
  });

  it("should link the council position's caveats to the page, and show the council what it declared as context only", async () => {
    const lead = await suite.testApp.as('chesterfieldLead');
    const declared = await lead(
      `mutation { recordCircumstance(input: { councilGssCode: "${CHESTERFIELD}", kind: DESIGNATED, round: "${ROUND}" }) { source } }`,
    );
    expect(declared.data!.recordCircumstance.source).toBe('SELF_DECLARED');
    const page = await suite.openSignedIn('chesterfieldLead');
    await page.goto(url(`/?council=${CHESTERFIELD}&framework=dm-challenge-toolkit&round=${ROUND}`));
    const caveats = page.locator('.app-caveats');
    await caveats.first().waitFor({ timeout: 20000 });
    for (const box of await caveats.all()) expect(await box.locator('a[href="/how-figures-work"]').count()).toBe(1);

    const circumstances = page.locator('section[aria-labelledby="circumstances-heading"]');
    await circumstances.waitFor();
    const row = circumstances.locator('.govuk-summary-list__row', { hasText: 'Designated' });
    expect(await row.innerText()).toMatch(/Declared by the council itself[\s\S]*never places it in a peer group/);
    expect(await circumstances.locator('a[href="/how-figures-work#peer-groups"]').count()).toBe(1);
    await circumstances.screenshot({ path: await saveScreenshot(page, 'council-position-circumstances') });
    expect(await axeViolations(page, 'council-position-circumstances')).toEqual([]);
  });

  it('should make every withheld figure on the sector view a link to what is withheld and why', async () => {
    const page = await suite.openSignedIn('analyst');
    await page.goto(url(`/sector?framework=dm-challenge-toolkit&round=${ROUND}&groups=circumstance`));
    await page.locator('table.app-heatmap__table').waitFor({ timeout: 20000 });
    // Circumstance groups include small ones, so some figures are withheld. Every "c" drawn as text on the page is a withheld figure's link (the heatmap key's swatch is a picture beside its linked words).
    const symbols = page.locator('.app-withheld__symbol');
    expect(await symbols.count()).toBeGreaterThan(0);
    const hrefs = await symbols.evaluateAll((els) => els.map((el) => `${el.tagName}:${el.getAttribute('href')}:${el.textContent}`));
    expect(new Set(hrefs)).toEqual(new Set(['A:/how-figures-work#withheld:c']));
    expect(await page.locator('.app-caveats a[href="/how-figures-work"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page, 'sector-view-withheld-links')).toEqual([]);

    // Following a "c" lands on the section that explains it.
    await symbols.first().click();
    await page.waitForURL(/\/how-figures-work#withheld$/);
    await page.getByRole('heading', { level: 2, name: 'What is withheld, and why' }).waitFor();
    await page.waitForFunction(() => {
      const top = document.getElementById('withheld')?.getBoundingClientRect().top;
      // Scrolled to within a pixel (the browser lays out in fractions of one).
      return top !== undefined && top > -1 && top < window.innerHeight;
    });
  });
});
