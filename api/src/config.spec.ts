import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from './common/project-root';
import { ConfigError, loadConfig } from './config';

/** What production needs besides the API role's password. */
const PRODUCTION_SECRETS = {
  DATABASE_URL: 'postgres://touchstone:owner-secret@db/touchstone',
  API_DATABASE_PASSWORD: 'a-long-production-secret',
  MAILER_DATABASE_PASSWORD: 'another-long-production-secret',
  METRICS_TOKEN: 'a-long-token-for-prometheus-0001',
};

describe('loadConfig', () => {
  it('should use safe defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, DEMO_DATA: true, DISCLOSURE_MIN_COUNCILS: 5, NODE_ENV: 'development' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('should read and convert values from the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DEMO_DATA: 'false',
      DISCLOSURE_MIN_COUNCILS: '7',
      NODE_ENV: 'production',
      ...PRODUCTION_SECRETS,
    });
    expect(config).toMatchObject({ PORT: 8080, DEMO_DATA: false, DISCLOSURE_MIN_COUNCILS: 7, isProduction: true });
  });

  it('should default PUBLIC_ORIGIN to this process on its PORT when PUBLIC_ORIGIN is unset', () => {
    expect(loadConfig({}).PUBLIC_ORIGIN).toBe('http://localhost:4000');
    expect(loadConfig({ PORT: '8080' }).PUBLIC_ORIGIN).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '8080', PUBLIC_ORIGIN: 'https://touchstone.example.org' }).PUBLIC_ORIGIN).toBe(
      'https://touchstone.example.org',
    );
  });

  it('should list every problem at once when values are wrong', () => {
    expect.assertions(4);
    try {
      loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', DEMO_DATA: 'maybe' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems.some((p) => p.startsWith('PORT:'))).toBe(true);
      expect(problems.some((p) => p.startsWith('NODE_ENV:'))).toBe(true);
      expect(problems.some((p) => p.startsWith('DEMO_DATA:'))).toBe(true);
    }
  });

  it('should require a real password for the API database role in production', () => {
    const { API_DATABASE_PASSWORD: _password, ...others } = PRODUCTION_SECRETS;
    expect(() => loadConfig({ NODE_ENV: 'production', ...others })).toThrow(
      /API_DATABASE_PASSWORD must be changed from the development default/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', ...others, API_DATABASE_PASSWORD: 'short' })).toThrow(/at least 16 characters/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...others, API_DATABASE_URL: 'postgres://api:secret@db/touchstone' })).not.toThrow();
  });

  it('should default to no demo data in production, and refuse it there', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...PRODUCTION_SECRETS }).DEMO_DATA).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', ...PRODUCTION_SECRETS, DEMO_DATA: 'true' })).toThrow(
      /DEMO_DATA: must not be true in production/,
    );
    expect(loadConfig({}).DEMO_DATA).toBe(true);
  });

  it('should list every missing production secret at once', () => {
    expect.assertions(1);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split(':')[0]).sort()).toEqual([
        'API_DATABASE_PASSWORD',
        'DATABASE_URL',
        'MAILER_DATABASE_PASSWORD',
        'METRICS_TOKEN',
      ]);
    }
  });

  it('should need API_DATABASE_URL when a migration service prepares the database', () => {
    expect(() => loadConfig({ MIGRATE_ON_START: 'false' })).toThrow(/API_DATABASE_URL: must be set when MIGRATE_ON_START is false/);
  });

  it('should require a real password for the mailer database role in production wherever migrations run', () => {
    const { MAILER_DATABASE_PASSWORD: _password, ...others } = PRODUCTION_SECRETS;
    expect(() => loadConfig({ NODE_ENV: 'production', ...others })).toThrow(
      /MAILER_DATABASE_PASSWORD must be changed from the development default/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', ...others, MAILER_DATABASE_PASSWORD: 'short-secret' })).toThrow(
      /MAILER_DATABASE_PASSWORD must be at least 16 characters.*value hidden/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', ...others, MAILER_DATABASE_PASSWORD: 'short-secret' })).not.toThrow(/short-secret/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ...others, MAILER_DATABASE_URL: 'postgres://touchstone_mailer:secret@db/touchstone' }),
    ).not.toThrow();
  });

  it('should need the mailer credential, or the worker off, when a migration service prepares the database', () => {
    const replica = { MIGRATE_ON_START: 'false', API_DATABASE_URL: 'postgres://touchstone_api:secret@db/touchstone' };
    expect(() => loadConfig(replica)).toThrow(/MAILER_DATABASE_URL: must be set when MIGRATE_ON_START is false and ACCOUNT_MAIL_WORKER/);
    expect(loadConfig({ ...replica, ACCOUNT_MAIL_WORKER: 'false' }).MAILER_DATABASE_URL).toBeUndefined();
    expect(loadConfig({ ...replica, MAILER_DATABASE_URL: 'postgres://touchstone_mailer:secret@db/touchstone' }).ACCOUNT_MAIL_WORKER).toBe(
      true,
    );
  });

  it("should let the mailer start with its own credential alone, none of the API's, and not without it", () => {
    const mailer = { NODE_ENV: 'production', MAILER_DATABASE_URL: 'postgres://touchstone_mailer:secret@db/touchstone' };
    expect(loadConfig(mailer, 'mailer')).toMatchObject({ isProduction: true, DEMO_DATA: false });
    expect(() => loadConfig({ NODE_ENV: 'production' }, 'mailer')).toThrow(/MAILER_DATABASE_URL: is required by the mailer/);
  });

  it('should never print a secret setting that is wrong', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).toThrow(/METRICS_TOKEN.*value hidden/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });

  it('should never allow the disclosure threshold below 3', () => {
    expect(() => loadConfig({ DISCLOSURE_MIN_COUNCILS: '2' })).toThrow(/DISCLOSURE_MIN_COUNCILS must be at least 3/);
  });

  it('should not print the database URL when it is invalid', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(/value hidden/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).not.toThrow(/secret/);
  });

  it('should have every setting listed in .env.example, and nothing there that it does not read', () => {
    // The settings are the class's upper-case fields; reading the source finds the optional ones without defaults too.
    const settings = [
      ...readFileSync(join(PROJECT_ROOT, 'api', 'src', 'config.ts'), 'utf8').matchAll(/^ {2}([A-Z][A-Z0-9_]+)\??(?: =|:)/gm),
    ];
    const listed = [...readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8').matchAll(/^(?:# )?([A-Z][A-Z0-9_]+)=/gm)];
    expect(listed.map((m) => m[1]).sort()).toEqual(settings.map((m) => m[1]).sort());
  });
});
