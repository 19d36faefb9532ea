/**
 * Lets a child Node process run the API's TypeScript as it is, for tests that need the API in a
 * process of its own (tests/support/api-process.ts): each .ts file is transpiled alone, with
 * decorator metadata, exactly as ts-jest does for the suites (isolatedModules).
 */
const { readFileSync } = require('node:fs');

const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      esModuleInterop: true,
      sourceMap: false,
      inlineSourceMap: true,
    },
  });
  module._compile(outputText, filename);
};
