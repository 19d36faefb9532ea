import 'reflect-metadata';

import { loadConfig } from './config';
import { createDataSource } from './data-source';
import { errorClassesOf } from './graphql/error-formatter';
import { ALL_MODULES, MODULES } from './modules/modules';
import { createServices } from './services';

// Services only keep the data source; none is reached here.
const dataSource = createDataSource('postgres://unused/unused');
const config = loadConfig({});

describe('createServices', () => {
  it("should build one service per module, under the module's name", () => {
    const services = createServices(dataSource, config);
    expect(Object.keys(services)).toEqual(MODULES.map((m) => m.name));
    expect(services.benchmark.constructor.name).toBe('BenchmarkService');
  });

  it('should refuse a list in which a module comes before a service it needs', () => {
    const council = ALL_MODULES.findIndex((m) => m.name === 'council');
    const assessment = ALL_MODULES.findIndex((m) => m.name === 'assessment');
    const swapped = ALL_MODULES.map((m, i) => (i === council ? ALL_MODULES[assessment] : i === assessment ? ALL_MODULES[council] : m));
    expect(() => createServices(dataSource, config, swapped)).toThrow(
      /The assessment module needs services\.council, which is not built before it/,
    );
  });
});

describe('errorClassesOf', () => {
  it("should map every module's error codes, and the access codes", () => {
    const classes = errorClassesOf(ALL_MODULES);
    expect(classes.get('ASSESSMENT_NOT_FOUND')).toBe('NOT_FOUND');
    expect(classes.get('NOT_IN_GROUP')).toBe('FORBIDDEN');
    expect(classes.get('FORBIDDEN')).toBe('FORBIDDEN');
    expect(classes.size).toBe(2 + ALL_MODULES.reduce((n, m) => n + Object.keys(m.errorCodes).length, 0));
  });

  it('should refuse a code that two modules declare', () => {
    const twice = { name: 'copy', errorCodes: { COUNCIL_NOT_FOUND: 'BAD_USER_INPUT' as const } };
    expect(() => errorClassesOf([...ALL_MODULES, twice])).toThrow(/COUNCIL_NOT_FOUND of the copy module is already declared/);
  });
});
