/**
 * One jest run for everything: unit specs next to the code (api/, dashboard/) and the slower tests in
 * tests/ that use a real PostgreSQL (started once by tests/setup/global-setup.mjs, a fresh database per
 * suite) and a real browser.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/api', '<rootDir>/dashboard', '<rootDir>/migrations', '<rootDir>/scripts', '<rootDir>/tests'],
  modulePathIgnorePatterns: ['<rootDir>/build', '<rootDir>/dashboard/dist'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  transform: {
    '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  // d3 modules are published as ES modules, with a UMD build beside them that jest can require.
  moduleNameMapper: { '^(d3-[a-z-]+|internmap)$': '<rootDir>/node_modules/$1/dist/$1.js' },
  globalSetup: '<rootDir>/tests/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.mjs',
  setupFiles: ['reflect-metadata'],
  // Two cores: the database suites each get their own database, so two workers are safe.
  maxWorkers: 2,
  // The browser suites (tests/e2e/) run one at a time, after the others: see the runner.
  runner: '<rootDir>/tests/setup/browser-serial-runner.js',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
};
