import TestRunner from 'jest-runner';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest loads the runner as CommonJS, and so does this spec
const BrowserSerialRunner = require('./browser-serial-runner');

type Call = { paths: string[]; serial: boolean };

describe('BrowserSerialRunner', () => {
  const test = (path: string) => ({ path });
  const tests = [
    test('/repo/tests/api/auth.test.ts'),
    test('/repo/tests/e2e/a.test.ts'),
    test('/repo/api/src/config.spec.ts'),
    test('/repo/tests/e2e/b.test.ts'),
  ];
  let calls: Call[];

  beforeEach(() => {
    calls = [];
    jest.spyOn(TestRunner.prototype, 'runTests').mockImplementation(async (given, _watcher, options) => {
      calls.push({ paths: given.map((t) => t.path), serial: options.serial });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const run = (options: { serial: boolean }, interrupted = false) =>
    new BrowserSerialRunner({}, {}).runTests(tests, { isInterrupted: () => interrupted }, options);

  it('should run the other suites as jest chose, then the browser suites one at a time', async () => {
    await run({ serial: false });
    expect(calls).toEqual([
      { paths: ['/repo/tests/api/auth.test.ts', '/repo/api/src/config.spec.ts'], serial: false },
      { paths: ['/repo/tests/e2e/a.test.ts', '/repo/tests/e2e/b.test.ts'], serial: true },
    ]);
  });

  it('should not start the browser suites when the run was interrupted (bail)', async () => {
    await run({ serial: false }, true);
    expect(calls).toEqual([{ paths: ['/repo/tests/api/auth.test.ts', '/repo/api/src/config.spec.ts'], serial: false }]);
  });
});
