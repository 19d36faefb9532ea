import { readFileSync } from 'node:fs';

import type { Locator, Page } from 'playwright-core';

import { useBrowserSuite } from '../support/browser-suite';
import { expectAccessible, loadedScripts } from '../support/page-checks';
import type { PeerFigures } from '../support/operations';
import { type AccountName } from '../support/test-app';

/**
 * The benchmark views in a real browser against a real API with demo data: each role signs in and
 * opens the views it may use; figures on screen are checked against the API's; CSV downloads, axe
 * (WCAG 2.2 AA), the keyboard and the time to first render of the council position chart.
 */

const DEMO = {
  frameworkKeys: ['dm-challenge-toolkit', 'improvement-breakthroughs', 'improvement-self-assessment'],
  rounds: 2,
  participants: [2, 4] as [number, number],
};
const CHESTERFIELD = 'E07000034';

const POSITION = `query ($gss: String!, $key: String!, $round: String!, $groups: [String!]) {
  councilPosition(councilGssCode: $gss, frameworkKey: $key, round: $round, peerGroupKeys: $groups) {
    peerGroups { key label }
    subjects { key title councilScore dimension { key } comparisons { peerGroup { key } suppressed median position { phrase } } }
  }
}`;

type ApiSubject = {
  key: string;
  title: string;
  councilScore: number | null;
  dimension: { key: string };
  comparisons: { peerGroup: { key: string }; suppressed: boolean; median: number | null; position: { phrase: string } | null }[];
};

/** The cells of a table's rows (header cell first), trimmed. */
async function tableRows(page: Page, caption: RegExp | string): Promise<string[][]> {
  const table = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
  await table.waitFor({ timeout: 20000 });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

/** Follows a "Download CSV" link: the file's suggested name and its rows, parsed. */
async function downloadCsv(page: Page, link: RegExp): Promise<[fileName: string, rows: string[][]]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  const path = await download.path();
  return [download.suggestedFilename(), parseCsv(readFileSync(path, 'utf8'))];
}

/** Parses CSV as the dashboard writes it (RFC 4180), for checking downloads. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

/** A matrix cell as the API gives it. */
type MatrixCellFigures = { rowLevel: { label: string }; columnLevel: { label: string }; councilItems: number; peerShare: number | null };

/** The matrix table's column headers: the row dimension, then each column level. */
const matrixHeaders = async (grid: Locator): Promise<string[]> =>
  (await grid.locator('thead tr').nth(1).locator('th').allTextContents()).map((h) => h.trim());

/** The text the matrix table shows for an API cell, found by its row level and column level labels. */
const matrixCellText = (rows: string[][], headers: string[], cell: MatrixCellFigures): string =>
  rows.find((r) => r[0] === cell.rowLevel.label)![1 + headers.slice(1).indexOf(cell.columnLevel.label)];

describe('benchmark views in Chromium', () => {
  const suite = useBrowserSuite({ demo: DEMO });
  const openPage = () => suite.openPage();
  const { url } = suite;
  /** A new page signed in as the account, brought to a view by its link in the menu, as a person would arrive. */
  const openFromMenu = async (account: AccountName, link: string, address: RegExp): Promise<Page> => {
    const page = await suite.openSignedIn(account);
    await page.getByRole('link', { name: link }).click();
    await page.waitForURL(address, { timeout: 10000 });
    return page;
  };

  it('should show the council position against a peer group chosen in one click, with the figures the API gives', async () => {
    const page = await suite.openSignedIn('chesterfieldLead');
    // Time to first render: from navigation start to the chart's svg being in the page.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('svg.app-section-comparison__svg')) {
          (window as unknown as { chartRenderedAt: number }).chartRenderedAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url(`/?council=${CHESTERFIELD}&framework=dm-challenge-toolkit&round=2025-26`));
    const chart = page.locator('svg[role="img"]');
    await chart.waitFor({ timeout: 20000 });
    const renderedAt = await page.evaluate(() => (window as unknown as { chartRenderedAt: number }).chartRenderedAt);
    console.log(`Council position: time to first render of the chart ${Math.round(renderedAt)} ms from navigation start`);
    expect(renderedAt).toBeGreaterThan(0);
    // The JavaScript it took to get here: the shell, then the page's own chunks, loaded lazily.
    const forPosition = await loadedScripts(page);
    const signInPage = await openPage();
    await signInPage.goto(url('/sign-in'));
    await signInPage.getByRole('heading', { name: 'Sign in to Touchstone' }).waitFor();
    const forSignIn = await loadedScripts(signInPage);
    console.log(
      `JavaScript loaded, gzipped: /sign-in ${forSignIn.gzipKb} kB (${forSignIn.files.length} files); / ${forPosition.gzipKb} kB (${forPosition.files.length} files)`,
    );
    // The sign-in page does not load the charts.
    expect(forSignIn.files.some((f) => f.includes('CouncilPositionPage'))).toBe(false);
    expect(forPosition.files.some((f) => f.includes('CouncilPositionPage'))).toBe(true);

    // The caveats and the one-click switch between the council's own groups.
    await page.getByText('Read these figures with care').waitFor();
    expect(await page.getByText('Councils are not ranked').isVisible()).toBe(true);
    const radios = page.getByRole('group', { name: 'Compare with' }).getByRole('radio');
    expect(await radios.count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('radio', { name: 'All councils' }).isChecked()).toBe(true);
    expect(await chart.locator('desc').textContent()).toMatch(/median of all councils/);

    await page.getByRole('radio', { name: 'District councils' }).check();
    await page.waitForURL(/group=type%3Adistrict/, { timeout: 10000 });
    await chart.locator('title').filter({ hasText: 'against district councils' }).waitFor({ state: 'attached', timeout: 10000 });
    // Focus stays on the radio that was chosen: only the figures changed.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('type:district');
    expect(await page.getByRole('status').textContent()).toContain('against district councils');

    // A median on screen is the API's, for the same council, round and group.
    const api = await (
      await suite.testApp.as('chesterfieldLead')
    )(POSITION, { gss: CHESTERFIELD, key: 'dm-challenge-toolkit', round: '2025-26', groups: ['type:district'] });
    const subjects = api.data!.councilPosition.subjects as ApiSubject[];
    const compared = subjects.find(
      (s) => s.councilScore !== null && s.comparisons[0].median !== null && s.comparisons[0].position !== null,
    )!;
    const positions = await tableRows(page, /Where Chesterfield sits against district councils/);
    expect(positions).toHaveLength(15);
    const row = positions.find((r) => r[0] === compared.title)!;
    expect(row[1]).toBe(String(Math.round(compared.councilScore!)));
    expect(row[2]).toBe(String(Math.round(compared.comparisons[0].median!)));
    // The MAD phrase in words, against the group.
    expect(row[3].toLowerCase()).toBe(`${compared.comparisons[0].position!.phrase} the median of district councils`);
    // Coverage and spread for every section.
    expect(positions.every((r) => /^\d+ of \d+$|^Not assessed$/.test(r[4]))).toBe(true);
    expect(positions.every((r) => /^\d+ points?$|^Not available$/.test(r[5]))).toBe(true);

    // Another group, outside the council's own: chosen from the list, and kept in the URL.
    await page.getByText('Compare with another peer group').click();
    await page.getByLabel('Peer group').selectOption('region:South East');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/group=region%3ASouth\+East/, { timeout: 10000 });
    await chart.locator('title').filter({ hasText: 'against councils in the South East' }).waitFor({ state: 'attached', timeout: 20000 });
    expect(await page.getByRole('radio', { name: 'Councils in the South East' }).isChecked()).toBe(true);
    const southEast = (
      await (
        await suite.testApp.as('chesterfieldLead')
      )(POSITION, { gss: CHESTERFIELD, key: 'dm-challenge-toolkit', round: '2025-26', groups: ['region:South East'] })
    ).data!.councilPosition.subjects as ApiSubject[];
    const seRows = await tableRows(page, /Where Chesterfield sits against councils in the South East/);
    for (const s of southEast) {
      const median = s.comparisons[0].suppressed ? 'c' : String(Math.round(s.comparisons[0].median!));
      expect(seRows.find((r) => r[0] === s.title)?.[2]).toBe(median);
    }

    // Back to district councils; the items of a section on demand, in a table, as a CSV too.
    await page.getByRole('radio', { name: 'District councils' }).check();
    await page.waitForURL(/group=type%3Adistrict/, { timeout: 10000 });
    await page.getByRole('link', { name: `Show statements in ${compared.title}` }).click();
    await page.waitForURL(/items=/, { timeout: 10000 });
    const itemsHeading = page.getByRole('heading', { name: `Statements in ${compared.title}` });
    await itemsHeading.waitFor();
    expect(await itemsHeading.evaluate((h) => h === document.activeElement)).toBe(true);
    const itemRows = await tableRows(page, new RegExp(`Statements in ${compared.title.replace(/[()]/g, '.')}`));
    expect(itemRows.length).toBeGreaterThan(0);
    expect(itemRows.every((r) => /^\d+$|^c$|^Not available$/.test(r[2]))).toBe(true);

    // Download the position table as CSV: its header row and first rows are the table's.
    const [fileName, csv] = await downloadCsv(page, /Download CSV of where Chesterfield sits/);
    expect(fileName).toMatch(/^chesterfield-development-management-challenge-toolkit-2025-26-against-district-councils-positions\.csv$/);
    const table = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: /Where Chesterfield sits against district councils/ }) });
    const headings = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    // The table's columns, less its columns of links.
    expect(csv[0]).toEqual(headings.filter((h) => h !== 'Items' && h !== 'Improvement plan'));
    expect(csv[0].slice(0, 6)).toEqual([
      'Section',
      "Chesterfield's score",
      'Peer median',
      'Where Chesterfield sits',
      'Items answered',
      'Spread',
    ]);
    expect(csv.slice(1)).toHaveLength(15);
    const districtRows = await tableRows(page, /Where Chesterfield sits against district councils/);
    expect(csv[1]).toEqual(districtRows[0].slice(0, csv[0].length));
    expect(csv[2]).toEqual(districtRows[1].slice(0, csv[0].length));

    await expectAccessible(page, 'council-position-peer-group');

    // Keyboard: the chart is one tab stop; arrows move through its rows; Escape leaves them.
    // The pointer is kept off the chart, since hovering a row makes it the active one too.
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: 'Compare', exact: true }).focus();
    // The chart's key says what "c" means, as a link to how figures are withheld; the chart comes next.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/how-figures-work#withheld');
    await page.keyboard.press('Tab');
    expect(await chart.evaluate((svg) => svg === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const live = page.locator('.app-section-comparison [aria-live="polite"]');
    // The live region is visually hidden: it is there for screen readers.
    await live.filter({ hasText: '1 of 15' }).waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowDown');
    await live.filter({ hasText: '2 of 15' }).waitFor({ state: 'attached' });
    expect(await live.textContent()).toContain('median of district councils');
    await page.keyboard.press('End');
    await live.filter({ hasText: '15 of 15' }).waitFor({ state: 'attached' });
    // The focused row shows its tooltip, as hover does.
    expect(await page.locator('.app-section-comparison__tooltip').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.app-section-comparison [aria-live="polite"]')?.textContent === '');
    expect(await chart.evaluate((svg) => svg === document.activeElement)).toBe(true);

    // On a phone the chart redraws at the narrower width and the tables scroll in their own boxes.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForFunction(() => Number(document.querySelector('svg.app-section-comparison__svg')?.getAttribute('width')) < 375);
    await expectAccessible(page, 'council-position-mobile');
  });

  it('should switch round and window in one click, keeping the peer group, with the figures the API gives', async () => {
    const page = await suite.openSignedIn('chesterfieldLead');
    await page.goto(url(`/?council=${CHESTERFIELD}&framework=dm-challenge-toolkit&round=2025-26&group=type%3Adistrict`));
    const chart = page.locator('svg[role="img"]');
    await chart.waitFor({ timeout: 20000 });
    const roundFact = page
      .locator('.govuk-summary-list__row')
      .filter({ has: page.locator('dt', { hasText: 'Round' }) })
      .locator('dd');
    expect(await page.getByRole('radio', { name: '2025-26' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'This round only' }).isChecked()).toBe(true);

    // One click on a round: the URL, the facts and the figures follow; the group and the focus stay.
    await page.getByRole('radio', { name: '2024-25' }).check();
    await page.waitForURL(/round=2024-25&group=type%3Adistrict$/, { timeout: 10000 });
    await roundFact.filter({ hasText: /^2024-25$/ }).waitFor({ timeout: 20000 });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('2024-25');
    expect(await page.getByRole('radio', { name: 'District councils' }).isChecked()).toBe(true);
    await page
      .getByRole('status')
      .filter({ hasText: 'Showing Chesterfield, Development management challenge toolkit, 2024-25, against district councils.' })
      .waitFor({ timeout: 20000 });
    const figures = async (round: string, windowRounds: number) => {
      const query = `query ($round: String!, $window: Int!) { councilPosition(councilGssCode: "${CHESTERFIELD}", frameworkKey: "dm-challenge-toolkit", round: $round, windowRounds: $window, peerGroupKeys: ["type:district"]) {
        rounds subjects { title comparisons { suppressed median } } } }`;
      return (await (await suite.testApp.as('chesterfieldLead'))(query, { round, window: windowRounds })).data!.councilPosition as {
        rounds: string[];
        subjects: { title: string; comparisons: { suppressed: boolean; median: number | null }[] }[];
      };
    };
    const expectMedians = async (api: Awaited<ReturnType<typeof figures>>) => {
      const rows = await tableRows(page, /Where Chesterfield sits against district councils/);
      for (const s of api.subjects)
        expect(rows.find((r) => r[0] === s.title)?.[2]).toBe(
          s.comparisons[0].suppressed ? 'c' : String(Math.round(s.comparisons[0].median!)),
        );
    };
    await expectMedians(await figures('2024-25', 1));

    // Back to 2025-26, then each council's latest submission in the last two rounds.
    await page.getByRole('radio', { name: '2025-26' }).check();
    await page.waitForURL(/round=2025-26&group=/, { timeout: 10000 });
    await page.getByRole('radio', { name: 'Latest submission in the last 2 rounds' }).check();
    await page.waitForURL(/round=2025-26&window=2&group=type%3Adistrict$/, { timeout: 10000 });
    await roundFact
      .filter({ hasText: "2025-26, with each council's latest submission from 2024-25 or 2025-26" })
      .waitFor({ timeout: 20000 });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('2');
    const windowed = await figures('2025-26', 2);
    expect([...windowed.rounds].sort()).toEqual(['2024-25', '2025-26']);
    await expectMedians(windowed);

    // The window is part of the address: a reload shows the same view.
    await page.reload();
    await roundFact.filter({ hasText: 'latest submission from 2024-25 or 2025-26' }).waitFor({ timeout: 20000 });
    expect(await page.getByRole('radio', { name: 'Latest submission in the last 2 rounds' }).isChecked()).toBe(true);

    await expectAccessible(page, 'council-position-window');
  });

  it('should show the breakthrough matrix with counts and peers shares in words, the questions to act on first, and a CSV', async () => {
    const page = await openFromMenu('chesterfieldLead', 'Breakthrough matrix', /\/matrix\?council=E07000034&round=2025-26$/);
    const caption = /Chesterfield's questions by progress \(rows\)/;
    const grid = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
    await grid.waitFor({ timeout: 20000 });
    expect(await page.title()).toBe('Chesterfield – Breakthrough matrix – Touchstone');
    expect(await page.getByRole('link', { name: 'Breakthrough matrix' }).getAttribute('aria-current')).toBe('page');

    const MATRIX = `query ($gss: String!, $round: String!) { dimensionMatrix(councilGssCode: $gss, frameworkKey: "improvement-breakthroughs", round: $round) {
      rowDimension { levels { label position } } columnDimension { levels { label position } } peersSuppressed
      cells { rowLevel { label } columnLevel { label } councilItems peerShare } items { item { text } actFirst } } }`;
    const api = (await (await suite.testApp.as('chesterfieldLead'))(MATRIX, { gss: CHESTERFIELD, round: '2025-26' })).data!.dimensionMatrix;
    // Rows: progress highest first; columns: plan coverage lowest first; each cell in words.
    const headers = await matrixHeaders(grid);
    expect(headers).toEqual(['Progress', 'No', 'Partially', 'Yes']);
    const rows = await tableRows(page, caption);
    expect(rows.map((r) => r[0])).toEqual(['Achieved', 'Working towards', 'Just starting']);
    for (const cell of api.cells as MatrixCellFigures[]) {
      const text = matrixCellText(rows, headers, cell);
      expect(text).toContain(`${cell.councilItems} question`);
      expect(text).toContain(`Other councils: ${cell.peerShare === null ? 'c' : `${cell.peerShare}%`}`);
    }
    expect(rows[2][1]).toContain('Act first');

    // Act on these first: the API's list, or a sentence saying there is none.
    await page.getByRole('heading', { name: 'Act on these first' }).waitFor();
    const actFirst = (api.items as { item: { text: string }; actFirst: boolean }[]).filter((i) => i.actFirst);
    if (actFirst.length === 0) expect(await page.getByText("None of Chesterfield's questions is in this cell.").isVisible()).toBe(true);
    else for (const i of actFirst) expect(await page.locator('.app-act-first').getByText(i.item.text).isVisible()).toBe(true);

    // The matrix as CSV: a header row and one line per cell, as shown.
    const [fileName, csv] = await downloadCsv(page, /^Download CSV of Chesterfield's questions by progress/);
    expect(fileName).toBe('chesterfield-breakthrough-2025-26-matrix.csv');
    expect(csv[0]).toEqual([
      'Progress',
      'Addressed in the improvement plan',
      "Chesterfield's questions",
      "Other councils' share of questions",
      'Act on these first',
    ]);
    expect(csv).toHaveLength(10);
    const first = (api.cells as MatrixCellFigures[]).find((c) => c.rowLevel.label === 'Achieved' && c.columnLevel.label === 'No')!;
    expect(csv[1]).toEqual(['Achieved', 'No', String(first.councilItems), first.peerShare === null ? 'c' : `${first.peerShare}%`, 'No']);

    await expectAccessible(page, 'breakthrough-matrix');
  });

  it('should draw the matrix with the rows and columns the URL names, as the API gives them', async () => {
    const page = await suite.openSignedIn('chesterfieldLead');
    await page.goto(url(`/matrix?council=${CHESTERFIELD}&round=2025-26&rows=plan-coverage&columns=progress`));
    const caption = /Chesterfield's questions by addressed in the improvement plan \(rows\) and progress \(columns\)/;
    const rows = await tableRows(page, caption);
    // This framework has two dimensions, so there is no pair to choose: no radios, only the URL's order.
    expect(await page.getByRole('group', { name: 'Rows' }).count()).toBe(0);
    const MATRIX = `query ($gss: String!) { dimensionMatrix(councilGssCode: $gss, frameworkKey: "improvement-breakthroughs", round: "2025-26", rowDimensionKey: "plan-coverage", columnDimensionKey: "progress") {
      rowDimension { title } columnDimension { levels { label } } cells { rowLevel { label } columnLevel { label } councilItems peerShare } } }`;
    const api = (await (await suite.testApp.as('chesterfieldLead'))(MATRIX, { gss: CHESTERFIELD })).data!.dimensionMatrix;
    expect(api.rowDimension.title).toBe('Addressed in the improvement plan');
    const grid = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
    const headers = await matrixHeaders(grid);
    expect(headers[0]).toBe('Addressed in the improvement plan');
    expect(headers.slice(1).sort()).toEqual((api.columnDimension.levels as { label: string }[]).map((l) => l.label).sort());
    for (const cell of api.cells as MatrixCellFigures[]) {
      const text = matrixCellText(rows, headers, cell);
      expect(text).toContain(`${cell.councilItems} question`);
    }
    await expectAccessible(page, 'breakthrough-matrix-swapped');
  });

  it("should show now against ambition per theme beside the peers' medians, switch group, read by keyboard and download", async () => {
    const page = await openFromMenu('chesterfieldLead', 'Now and ambition', /\/ambition\?council=E07000034&round=2025-26$/);
    const chart = page.locator('svg.app-now-ambition__svg');
    await chart.waitFor({ timeout: 20000 });
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('desc').textContent()).toMatch(/^Chesterfield aims higher than now in \d+ of \d+ themes/);

    await page.getByRole('radio', { name: 'District councils' }).check();
    await page.waitForURL(/group=type%3Adistrict/, { timeout: 10000 });
    await chart.locator('title').filter({ hasText: 'against district councils' }).waitFor({ state: 'attached', timeout: 10000 });

    const api = (
      await (
        await suite.testApp.as('chesterfieldLead')
      )(POSITION, { gss: CHESTERFIELD, key: 'improvement-self-assessment', round: '2025-26', groups: ['type:district'] })
    ).data!.councilPosition.subjects as ApiSubject[];
    const caption = /Theme scores now and ambition: Chesterfield and the medians of district councils/;
    const rows = await tableRows(page, caption);
    const themes = api.filter((s) => s.dimension.key === 'now');
    expect(rows.map((r) => r[0])).toEqual(themes.map((s) => s.title));
    const figure = (s: ApiSubject | undefined, own: boolean) =>
      own
        ? s?.councilScore == null
          ? 'Not assessed'
          : String(Math.round(s.councilScore))
        : s!.comparisons[0].suppressed
          ? 'c'
          : String(Math.round(s!.comparisons[0].median!));
    for (const now of themes) {
      const ambition = api.find((s) => s.key === now.key && s.dimension.key === 'ambition');
      const row = rows.find((r) => r[0] === now.title)!;
      expect(row.slice(1, 3)).toEqual([figure(now, true), figure(ambition, true)]);
      expect(row.slice(4, 6)).toEqual([figure(now, false), figure(ambition, false)]);
    }

    // Keyboard: one tab stop, arrows through the themes.
    await page.mouse.move(0, 0);
    await chart.focus();
    await page.keyboard.press('ArrowDown');
    const live = page.locator('.app-now-ambition [aria-live="polite"]');
    await live.filter({ hasText: `1 of ${themes.length}` }).waitFor({ state: 'attached' });
    expect(await live.textContent()).toContain(`${themes[0].title}, your council`);
    await page.keyboard.press('ArrowDown');
    await live.filter({ hasText: `2 of ${themes.length}` }).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.app-now-ambition [aria-live="polite"]')?.textContent === '');

    const [fileName, csv] = await downloadCsv(page, /^Download CSV of Theme scores now and ambition/);
    expect(fileName).toBe('chesterfield-now-and-ambition-2025-26-against-district-councils.csv');
    expect(csv[0].slice(0, 6)).toEqual([
      'Theme',
      'Chesterfield now',
      'Chesterfield ambition',
      'Planned change',
      'Peer median now',
      'Peer median ambition',
    ]);
    expect(csv[1]).toEqual(rows[0]);

    await expectAccessible(page, 'now-and-ambition');
  });

  it('should show PAS the sector heatmap with medians, changes in words and symbols, c for withheld cells, and a table', async () => {
    const page = await openFromMenu('analyst', 'Sector view', /\/sector\?framework=dm-challenge-toolkit&round=2025-26&groups=type$/);
    const grid = page.getByRole('grid');
    await grid.waitFor({ timeout: 20000 });
    expect(await page.title()).toBe('Development management challenge toolkit, 2025-26 – Sector view – Touchstone');

    const SECTOR = `{ sectorView(frameworkKey: "dm-challenge-toolkit", round: "2025-26") { previousRound sections { key title } peerGroups { key label kind }
      cells { sectionKey peerGroupKey suppressed median changeFromPrevious } } }`;
    const api = (await (await suite.testApp.as('analyst'))(SECTOR)).data!.sectorView;
    type Cell = { sectionKey: string; peerGroupKey: string; suppressed: boolean; median: number | null; changeFromPrevious: number | null };
    const headers = (await grid.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers[0]).toBe('Section');
    expect(headers[1]).toBe('All councils');
    expect(headers).toContain('District councils');
    const rows = await grid
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
    expect(rows).toHaveLength(api.sections.length);
    const district = headers.indexOf('District councils');
    for (const [i, section] of (api.sections as { key: string; title: string }[]).entries()) {
      const cell = (api.cells as Cell[]).find((c) => c.sectionKey === section.key && c.peerGroupKey === 'type:district')!;
      expect(rows[i][0]).toBe(section.title);
      if (cell.suppressed) expect(rows[i][district]).toBe('c');
      else {
        const change = Math.round(cell.changeFromPrevious!) + 0;
        const symbol = change > 0 ? '▲' : change < 0 ? '▼' : '●';
        const words = change > 0 ? `up ${change}` : change < 0 ? `down ${-change}` : 'no change';
        expect(rows[i][district]).toBe(`${Math.round(cell.median!)}${symbol} ${change > 0 ? '+' : ''}${change} (${words} since 2024-25)`);
      }
    }
    // A group too small ever to be shown (the City of London is a group of one) is left out, and named.
    expect(headers).not.toContain('City of London');
    await page.getByText(/City of London and Development corporations are not shown: they have too few councils/).waitFor();

    // One click switches the columns to regions.
    await page.getByRole('radio', { name: 'Region' }).check();
    await page.waitForURL(/groups=region/, { timeout: 10000 });
    await grid.locator('thead th', { hasText: 'East Midlands' }).waitFor();
    expect(await grid.locator('thead th', { hasText: 'District councils' }).count()).toBe(0);

    // Keyboard: one tab stop; arrows move between cells and are announced; Escape leaves.
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    const live = page.locator('.app-heatmap [aria-live="polite"]');
    await live.filter({ hasText: `${api.sections[0].title}, all councils: median` }).waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await live.filter({ hasText: `${api.sections[0].title}, councils in the East Midlands` }).waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowDown');
    await live.filter({ hasText: `${api.sections[1].title}, councils in the East Midlands` }).waitFor({ state: 'attached' });
    expect(await grid.getAttribute('aria-activedescendant')).toMatch(/cell-1-1$/);
    await page.keyboard.press('Escape');
    expect(await grid.getAttribute('aria-activedescendant')).toBeNull();

    const [fileName, csv] = await downloadCsv(page, /^Download CSV of Median section scores by peer group/);
    expect(fileName).toBe('development-management-challenge-toolkit-2025-26-by-region.csv');
    expect(csv[0]).toEqual([
      'Section',
      'Peer group',
      'Median',
      'Lower quartile',
      'Upper quartile',
      'Change since 2024-25',
      'Councils contributing',
      'Why withheld',
    ]);
    const firstAll = (api.cells as Cell[]).find((c) => c.sectionKey === api.sections[0].key && c.peerGroupKey === 'all')!;
    expect(csv[1].slice(0, 3)).toEqual([api.sections[0].title, 'All councils', String(Math.round(firstAll.median!))]);
    const londonRow = csv.find((r) => r[1] === 'Councils in London' && r[2] === 'c');
    if (londonRow) expect(londonRow[7]).not.toBe('');

    await expectAccessible(page, 'sector-view');

    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'sector-view-mobile');
  });

  it("should show PAS one section's quartiles and share at each level across peer groups, with c and why, for the section chosen", async () => {
    const page = await suite.openSignedIn('analyst');
    const SECTOR = `{ sectorView(frameworkKey: "dm-challenge-toolkit", round: "2025-26") { dimension { levels { label } } sections { key title position } peerGroups { key label kind }
      cells { sectionKey peerGroupKey suppressed suppressionReason contributorsBand median lowerQuartile upperQuartile distribution } } }`;
    const api = (await (await suite.testApp.as('analyst'))(SECTOR)).data!.sectorView;
    type Cell = PeerFigures & { sectionKey: string; peerGroupKey: string };
    const sections = [...(api.sections as { key: string; title: string; position: number }[])].sort((a, b) => a.position - b.position);
    await page.goto(url('/sector?framework=dm-challenge-toolkit&round=2025-26&groups=type'));

    // The first section until another is chosen.
    const captionOf = (title: string) =>
      new RegExp(`^${title.replace(/[()]/g, '.')}: quartiles and share of councils at each level, by type of council`);
    let rows = await tableRows(page, captionOf(sections[0].title));
    expect(rows[0][0]).toBe('All councils');

    // Another section, chosen with the button, is kept in the URL.
    await page.getByLabel('Section', { exact: true }).selectOption(sections[3].key);
    await page.getByRole('button', { name: 'Show distribution' }).click();
    await page.waitForURL(new RegExp(`section=${sections[3].key}$`), { timeout: 10000 });
    rows = await tableRows(page, captionOf(sections[3].title));
    const levels = (api.dimension.levels as { label: string }[]).map((l) => l.label);
    const table = page.locator('table').filter({ has: page.locator('caption', { hasText: captionOf(sections[3].title) }) });
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers.slice(0, 5 + levels.length)).toEqual([
      'Peer group',
      'Lower quartile',
      'Median',
      'Upper quartile',
      'Councils contributing',
      ...levels.map((l) => `${l} (share)`),
    ]);
    const figure = (value: number | null) => (value === null ? 'Not available' : String(Math.round(value) + 0));
    for (const row of rows) {
      const group = (api.peerGroups as { key: string; label: string }[]).find(
        (g) => row[0] === g.label || row[0].toLowerCase().includes(g.label.toLowerCase()),
      )!;
      const cell = (api.cells as Cell[]).find((c) => c.sectionKey === sections[3].key && c.peerGroupKey === group.key)!;
      if (cell.suppressed) {
        expect(row.slice(1, 5 + levels.length)).toEqual(new Array(4 + levels.length).fill('c'));
        // No council is viewing, so the reason counts councils rather than "other councils".
        expect(row[5 + levels.length]).toBe(cell.suppressionReason!.replace('other councils', 'councils'));
      } else {
        expect(row.slice(1, 5)).toEqual([
          figure(cell.lowerQuartile),
          figure(cell.median),
          figure(cell.upperQuartile),
          cell.contributorsBand,
        ]);
        expect(row.slice(5, 5 + levels.length)).toEqual(
          cell.distribution ? cell.distribution.map((share) => `${share}%`) : new Array(levels.length).fill('c'),
        );
      }
    }
    // The City of London, a group of one, is not among the groups at all.
    expect(rows.find((r) => r[0] === 'City of London')).toBeUndefined();

    await expectAccessible(page, 'sector-view-distribution');
  });

  it("should show a collaboration group's councils side by side, named, where they differ most first, with a CSV", async () => {
    const page = await openFromMenu(
      'chesterfieldLead',
      'Collaboration',
      /\/collaboration\?framework=improvement-breakthroughs&round=2025-26$/,
    );
    const caption = /North Derbyshire shared planning \(demo\): agreed ratings side by side/;
    const rows = await tableRows(page, caption);
    expect(await page.title()).toBe('North Derbyshire shared planning (demo) – Collaboration – Touchstone');

    const lead = await suite.testApp.as('chesterfieldLead');
    const groupId = (await lead('{ collaborationGroups { id } }')).data!.collaborationGroups[0].id;
    const COMPARISON = `query ($g: ID!) { collaborationComparison(groupId: $g, frameworkKey: "improvement-breakthroughs", round: "2025-26") {
      councils { name } rows { item { text } dimension { title } levels { label } difference } } }`;
    const api = (await lead(COMPARISON, { g: groupId })).data!.collaborationComparison;
    const table = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers).toEqual([
      'Question',
      'Breakthrough area',
      'Rated on',
      'Bolsover',
      'Chesterfield (your council)',
      'North East Derbyshire',
      'Difference',
    ]);
    // In the API's order (where they differ most first), every council's agreed level by name.
    type Row = { item: { text: string }; dimension: { title: string }; levels: ({ label: string } | null)[]; difference: number };
    expect(rows).toHaveLength(api.rows.length);
    for (const [i, r] of (api.rows as Row[]).entries()) {
      expect(rows[i][0]).toBe(r.item.text);
      expect(rows[i][2]).toBe(r.dimension.title);
      expect(rows[i].slice(3, 6)).toEqual(r.levels.map((l) => l?.label ?? 'Not rated'));
    }
    expect((api.rows as Row[])[0].difference).toBeGreaterThanOrEqual((api.rows as Row[]).at(-1)!.difference);

    const [fileName, csv] = await downloadCsv(page, /^Download CSV of North Derbyshire/);
    expect(fileName).toBe('north-derbyshire-shared-planning-demo-improvement-breakthroughs-for-district-councils-2025-26.csv');
    expect(csv[0]).toEqual(headers);
    expect(csv[1]).toEqual(rows[0]);
    expect(csv).toHaveLength(rows.length + 1);

    await expectAccessible(page, 'collaboration');
  });

  /** The views each role may use, by navigation link, with something on each that shows it has loaded. */
  const VIEWS: Record<string, { path: string; ready: string }> = {
    'Council position': { path: '/', ready: 'svg.app-section-comparison__svg' },
    'Breakthrough matrix': { path: '/matrix', ready: 'table.app-matrix__table' },
    'Now and ambition': { path: '/ambition', ready: 'svg.app-now-ambition__svg' },
    'Sector view': { path: '/sector', ready: 'table.app-heatmap__table' },
    Collaboration: { path: '/collaboration', ready: 'table.app-collaboration-table' },
    Assessments: { path: '/assessments', ready: 'form.app-start-form' },
    'Improvement plan': { path: '/plan', ready: '#plan-heading, .app-no-plan' },
    Administration: { path: '/admin', ready: 'h1' },
    Account: { path: '/account', ready: 'h1' },
  };
  const ROLE_VIEWS: [AccountName, string[]][] = [
    [
      'chesterfieldLead',
      ['Council position', 'Breakthrough matrix', 'Now and ambition', 'Collaboration', 'Assessments', 'Improvement plan', 'Account'],
    ],
    [
      'bolsoverMember',
      ['Council position', 'Breakthrough matrix', 'Now and ambition', 'Collaboration', 'Assessments', 'Improvement plan', 'Account'],
    ],
    [
      'analyst',
      ['Council position', 'Breakthrough matrix', 'Now and ambition', 'Sector view', 'Improvement plan', 'Administration', 'Account'],
    ],
    [
      'admin',
      [
        'Council position',
        'Breakthrough matrix',
        'Now and ambition',
        'Sector view',
        'Collaboration',
        'Improvement plan',
        'Administration',
        'Account',
      ],
    ],
  ];

  const sharingWithPas = async () =>
    ((await (await suite.testApp.as('analyst'))('{ pasSharingCouncils { council { gssCode } } }')).data!.pasSharingCouncils as unknown[])
      .length;

  it.each(ROLE_VIEWS)('should let %s open every view in their navigation, and only those', async (account, views) => {
    const page = await suite.openSignedIn(account);
    const nav = page.getByRole('navigation', { name: 'Menu' });
    await nav.waitFor();
    expect((await nav.getByRole('link').allTextContents()).map((l) => l.trim())).toEqual(views);
    for (const view of views) {
      await nav.getByRole('link', { name: view }).click();
      await page.waitForURL((url) => url.pathname === VIEWS[view].path, { timeout: 10000 });
      await page.locator(VIEWS[view].ready).first().waitFor({ timeout: 20000 });
      expect(await page.locator('.govuk-error-summary').count()).toBe(0);
      expect(await nav.getByRole('link', { name: view }).getAttribute('aria-current')).toBe('page');
      // Council users are offered their own council only; administrators every council; PAS the councils that share with
      // PAS, except for plans, which any council may share with PAS on its own.
      const councilSelect = page.getByLabel('Council', { exact: true });
      if ((await councilSelect.count()) > 0) {
        const offered = await councilSelect.locator('option').count();
        if (account === 'chesterfieldLead' || account === 'bolsoverMember') expect(offered).toBe(1);
        else if (account === 'analyst' && view !== 'Improvement plan') expect(offered).toBe(await sharingWithPas());
        else expect(offered).toBeGreaterThan(300);
      }
    }
    await expectAccessible(page, `navigation-${account}`);
  });
});
