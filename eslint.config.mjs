import { readFileSync } from 'node:fs';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * `npm run lint:eslint`: the conventions of STYLE.md that a machine can check. Formatting is
 * Prettier's alone (eslint-config-prettier, last, turns off every rule that would disagree with it).
 * The boundaries between modules are dependency-cruiser's (.dependency-cruiser.cjs).
 */

/** Landed migrations are never edited, not even to satisfy a new rule: the ones sealed in migrations/landed.sha256. */
const LANDED_MIGRATIONS = readFileSync(new URL('./migrations/landed.sha256', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim().split(/\s+/)[1])
  .filter(Boolean)
  .map((file) => `migrations/${file}`);

/** Files whose tools load them through a default export. */
const DEFAULT_EXPORT_CONFIGS = ['eslint.config.mjs', 'dashboard/vite.config.ts', 'dashboard/codegen.ts', 'tests/setup/global-*.mjs'];

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'build/',
      'dashboard/dist/',
      'dashboard/src/graphql/generated/',
      '.data/',
      'test-artifacts/',
      'bench/results/',
      ...LANDED_MIGRATIONS,
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: globals.node },
    rules: {
      // Unused parameters are allowed when named with a leading underscore (an interface's shape).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      // External → internal → relative (STYLE.md §1, Vendure's import/order): Node's own modules,
      // then packages, then the project's other folders, then this folder; a blank line between groups.
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', ['internal', 'parent'], ['sibling', 'index']],
          'newlines-between': 'always',
        },
      ],
      'import-x/no-duplicates': 'error',
      'import-x/newline-after-import': 'error',
      // Named exports only (STYLE.md §1, Twenty).
      'import-x/no-default-export': 'error',
    },
  },
  {
    files: DEFAULT_EXPORT_CONFIGS,
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // CommonJS files: jest's config and reporter, dependency-cruiser's config.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The hooks plugin's recommended rules (the rules of hooks, dependency lists, and its checks of
    // refs and memoisation), with a missing dependency an error rather than a warning.
    files: ['dashboard/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // These three check what the React Compiler needs in order to memoise a component for you.
      // The dashboard is not compiled with it, so they are off; the session pages' reconnect
      // handling (a ref read while rendering, state set from an effect) would need reworking first.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/preserve-manual-memoization': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    languageOptions: { globals: globals.jest },
  },
  prettier,
);
