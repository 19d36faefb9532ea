/**
 * `npm run lint:deps`: the import boundaries of STYLE.md §1, checked on every import (type-only
 * imports included: they couple the code just the same).
 */
/** A rule that no file under `from` imports a file under `to` (both path patterns). */
const importsNothingFrom = (name, from, to, comment) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index',
      comment: "A module reaches another module only through that module's index.ts, which says what others may use.",
      severity: 'error',
      from: { path: '^api/src/modules/([^/]+)/' },
      to: { path: '^api/src/modules/([^/]+)/', pathNot: ['^api/src/modules/$1/', '^api/src/modules/[^/]+/index\\.ts$'] },
    },
    importsNothingFrom(
      'common-imports-no-module',
      '^api/src/common/',
      '^api/src/modules/',
      'api/src/common/ is shared by every module, so it depends on none of them.',
    ),
    importsNothingFrom(
      'module-imports-no-graphql',
      '^api/src/modules/',
      '^api/src/graphql/',
      'api/src/graphql/ assembles the modules into a schema and a context; a module imports neither.',
    ),
    importsNothingFrom(
      'dashboard-imports-no-api',
      '^dashboard/',
      '^api/',
      "The dashboard talks to the API over GraphQL only: its types come from codegen, never from the API's source.",
    ),
    {
      name: 'no-circular',
      comment:
        'No import cycles at run time: each file loads after the files it imports. A cycle with a type-only import in it is ' +
        "erased by the compiler, which is how two TypeORM entities can name each other (a relation's target as a string).",
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|dashboard/dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
