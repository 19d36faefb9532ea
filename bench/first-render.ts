import { type Browser, chromium } from 'playwright-core';

import { type LatencySummary, summarise } from './load-runner';

/**
 * Time to first render of the council position view, in Chromium: from navigation start to the
 * first chart being on screen, over cold-cache page loads. It starts no server: it measures the one
 * at `baseUrl` (e.g. `npm start`'s), signed in as a demo account.
 */

/** What to measure against, and how many loads. */
export type FirstRenderOptions = {
  /** The running service, e.g. http://localhost:4000. */
  baseUrl: string;
  email: string;
  password: string;
  /** The view to load, with its query string; the council is named so no default has to be looked up first. */
  path?: string;
  /** Page loads measured, each in a new browser context (an empty cache, the session cookie only). */
  loads?: number;
  chromiumPath?: string;
};

/** Each load's time to first render (ms from navigation start) and their summary (p50 is the median). */
export type FirstRenderResult = { path: string; samples: number[]; summary: LatencySummary };

export const DEFAULT_FIRST_RENDER_PATH = '/?council=E07000034&framework=dm-challenge-toolkit&round=2025-26';

/** The first chart of the council position view. */
const CHART_SELECTOR = 'svg.app-section-comparison__svg';

/**
 * Runs in the page before its own scripts: notes performance.now() at the first animation frame
 * after the chart's svg enters the document, i.e. when it is first painted. A string, because this
 * file is compiled without the DOM's types.
 */
const MARK_FIRST_CHART = `
  new MutationObserver((_records, observer) => {
    if (!document.querySelector(${JSON.stringify(CHART_SELECTOR)})) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstChartAt = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

/** Launches Chromium as the browser tests do; background network calls off, so they cannot slow a load. */
function launch(chromiumPath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
}

/**
 * Signs in once through the sign-in page, then loads the view `loads` times, each in a fresh
 * context holding only the session cookie, so every load fetches the dashboard's JavaScript and the
 * API's answers anew. Throws if sign-in fails or the chart does not appear within 30 s.
 */
export async function measureFirstRender(options: FirstRenderOptions): Promise<FirstRenderResult> {
  const { baseUrl, email, password, path = DEFAULT_FIRST_RENDER_PATH, loads = 10, chromiumPath = '/usr/bin/chromium' } = options;
  const browser = await launch(chromiumPath);
  try {
    const signInContext = await browser.newContext();
    const signInPage = await signInContext.newPage();
    await signInPage.goto(`${baseUrl}/sign-in`);
    await signInPage.getByLabel('Email address').fill(email);
    await signInPage.getByLabel('Password', { exact: true }).fill(password);
    await signInPage.getByRole('button', { name: 'Sign in' }).click();
    await signInPage.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 15000 });
    const storageState = await signInContext.storageState();
    await signInContext.close();

    const samples: number[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ storageState });
      try {
        const page = await context.newPage();
        await page.addInitScript(MARK_FIRST_CHART);
        await page.goto(`${baseUrl}${path}`);
        await page.waitForSelector(CHART_SELECTOR, { state: 'visible', timeout: 30000 });
        await page.waitForFunction('typeof window.__firstChartAt === "number"');
        samples.push(Math.round((await page.evaluate<number>('window.__firstChartAt')) * 10) / 10);
      } finally {
        await context.close();
      }
    }
    return { path, samples, summary: summarise(samples) };
  } finally {
    await browser.close();
  }
}

/** Reads `--name value` pairs; anything not given falls back to npm start's defaults and the Chesterfield demo lead. */
function parseArgs(argv: string[]): FirstRenderOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const loads = Number(value('loads') ?? 10);
  if (!Number.isInteger(loads) || loads < 1) throw new Error('--loads must be a whole number of at least 1');
  return {
    baseUrl: (value('base-url') ?? 'http://localhost:4000').replace(/\/+$/, ''),
    email: value('email') ?? 'lead.chesterfield@demo.touchstone.test',
    password: value('password') ?? 'touchstone-demo',
    path: value('path') ?? DEFAULT_FIRST_RENDER_PATH,
    loads,
    chromiumPath: value('chromium') ?? '/usr/bin/chromium',
  };
}

// Standalone: `node build/bench/first-render.js [--base-url …] [--email …] [--password …] [--loads …]` against a running server.
if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  measureFirstRender(options)
    .then(({ path, samples, summary }) => {
      console.log(`Council position, time to first render (${options.baseUrl}${path}), ${summary.count} cold-cache loads:`);
      console.log(
        `  median ${summary.p50.toFixed(0)} ms, p95 ${summary.p95.toFixed(0)} ms (each: ${samples.map((s) => s.toFixed(0)).join(', ')} ms)`,
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
