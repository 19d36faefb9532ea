const { default: TestRunner } = require('jest-runner');

/**
 * jest's own runner, except that the browser suites (tests/e2e/) run one at a time, after every other
 * suite has finished. Each browser suite starts an API with demo data and a Chromium in beforeAll;
 * two of them at once, beside the database suites on a two-core machine, starved each other until
 * a beforeAll timed out. Run alone, each has the machine to itself, and nothing depends on how
 * busy it is. The other suites still run in parallel (maxWorkers).
 *
 * Serial suites run in jest's own process (its in-band mode), which is why this is a runner and not
 * a setting: jest has no per-folder worker count.
 */
const isBrowserSuite = (test) => /[\\/]tests[\\/]e2e[\\/]/.test(test.path);

class BrowserSerialRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const others = tests.filter((test) => !isBrowserSuite(test));
    const browser = tests.filter(isBrowserSuite);
    if (others.length > 0) await super.runTests(others, watcher, options);
    if (browser.length > 0 && !watcher.isInterrupted()) await super.runTests(browser, watcher, { ...options, serial: true });
  }
}

module.exports = BrowserSerialRunner;
