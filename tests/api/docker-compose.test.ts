import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { PROJECT_ROOT } from '../../api/src/common/project-root';
import { CONFIG_SETTINGS, type ConfigReader, loadConfig } from '../../api/src/config';

/**
 * docker-compose.yml must start as written, and the tests cannot run Docker: so every service
 * built from this repository has its environment read through config.ts's real parser, with the
 * compose file's own variable substitution, and the shape around it (replica, migration service,
 * two API replicas, nginx with WebSocket upgrades) is checked where it meets the code.
 */
type Service = {
  build?: string;
  image?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  volumes?: string[];
};
const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const OURS = Object.entries(compose.services).filter(([, service]) => service.build === '.');
/** The program a service runs reads its settings as: the mailer's entry, or the API's (main.js, prepare-cli.js). */
const readerOf = (service: Service): ConfigReader => (service.command?.includes('build/api/src/mailer-main.js') ? 'mailer' : 'api');

/** The secrets an operator sets: long enough for config.ts's rules, and recognisable in the results. */
const OPERATOR_ENV: Record<string, string> = {
  POSTGRES_PASSWORD: 'owner-password-0123456789',
  REPLICATION_PASSWORD: 'replication-password-0123456789',
  API_DATABASE_PASSWORD: 'api-password-0123456789',
  MAILER_DATABASE_PASSWORD: 'mailer-password-0123456789',
  METRICS_TOKEN: 'metrics-token-0123456789abcdef',
};

/** Compose's substitution: ${VAR}, ${VAR:-default}, and ${VAR:?message}, which fails when VAR is unset or empty. */
function substitute(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([?-])([^}]*))?\}/g, (_match, name: string, kind?: string, rest?: string) => {
    if (env[name]) return env[name];
    if (kind === '?') throw new Error(`compose would refuse to start: ${rest}`);
    return kind === '-' ? (rest ?? '') : '';
  });
}
const environmentOf = (service: Service, env: Record<string, string> = OPERATOR_ENV) =>
  Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, substitute(String(value), env)]));

describe('docker-compose.yml', () => {
  it('should build the migration service, the API and the mailer from this repository', () => {
    expect(OURS.map(([name]) => name).sort()).toEqual(['api', 'mailer', 'migrate']);
  });

  it.each(OURS)('should give %s only settings config.ts reads, which it accepts for production', (_name, service) => {
    const env = environmentOf(service);
    expect(Object.keys(env).filter((key) => !CONFIG_SETTINGS.includes(key))).toEqual([]);
    const config = loadConfig(env, readerOf(service));
    expect(config.isProduction).toBe(true);
    expect(config.DEMO_DATA).toBe(false);
    // The mailer serves no HTTP, so it has no /metrics to protect.
    if (readerOf(service) === 'api') expect(config.METRICS_TOKEN).toBe(OPERATOR_ENV.METRICS_TOKEN);
  });

  it.each(OURS)('should refuse to start %s when any secret it uses is missing', (_name, service) => {
    const used = Object.keys(OPERATOR_ENV).filter((secret) => JSON.stringify(service.environment).includes(`\${${secret}`));
    expect(used.length).toBeGreaterThan(0);
    for (const secret of used) expect(() => environmentOf(service, { ...OPERATOR_ENV, [secret]: '' })).toThrow(/refuse to start/);
  });

  it('should migrate once, as the owner, before two API replicas start as the API role', () => {
    const { migrate, api } = compose.services;
    expect(migrate.command).toEqual(['node', 'build/api/src/database/prepare-cli.js']);
    expect(loadConfig(environmentOf(migrate)).DATABASE_URL).toMatch(/^postgres:\/\/touchstone:[^@]+@postgres:5432\/touchstone$/);
    expect(api.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
    expect(api.deploy?.replicas).toBe(2);
    const config = loadConfig(environmentOf(api));
    expect(config.MIGRATE_ON_START).toBe(false);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(new URL(config.API_DATABASE_URL!)).toMatchObject({ username: 'touchstone_api', hostname: 'postgres' });
    // Benchmark reads go to the streaming replica.
    expect(new URL(config.DATABASE_REPLICA_URL!)).toMatchObject({ username: 'touchstone_api', hostname: 'postgres-replica' });
  });

  it('should send account email from a mailer with its own role, and give the API replicas no mailer credential', () => {
    const { migrate, api, mailer } = compose.services;
    expect(mailer.command).toEqual(['node', 'build/api/src/mailer-main.js']);
    expect(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts['start:mailer']).toMatch(
      /node build\/api\/src\/mailer-main\.js$/,
    );
    expect(mailer.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
    const mailerConfig = loadConfig(environmentOf(mailer), 'mailer');
    expect(new URL(mailerConfig.MAILER_DATABASE_URL!)).toMatchObject({
      username: 'touchstone_mailer',
      password: OPERATOR_ENV.MAILER_DATABASE_PASSWORD,
      hostname: 'postgres',
    });
    // It connects with its own role only: no owner's or API's credential.
    expect(Object.keys(environmentOf(mailer)).filter((key) => /^(DATABASE_|API_DATABASE_|METRICS_TOKEN)/.test(key))).toEqual([]);
    // The migration service gives the role that password.
    expect(loadConfig(environmentOf(migrate)).MAILER_DATABASE_PASSWORD).toBe(OPERATOR_ENV.MAILER_DATABASE_PASSWORD);
    const apiConfig = loadConfig(environmentOf(api));
    expect(apiConfig.ACCOUNT_MAIL_WORKER).toBe(false);
    expect(Object.keys(environmentOf(api)).filter((key) => /MAILER|SMTP/.test(key))).toEqual([]);
    expect(JSON.stringify(api.environment)).not.toContain('MAILER_DATABASE_PASSWORD');
  });

  it('should run the primary with WAL for a streaming replica that copies it on first start', () => {
    const { postgres, 'postgres-replica': replica } = compose.services;
    expect(postgres.command).toEqual(expect.arrayContaining(['wal_level=replica']));
    expect(postgres.volumes).toEqual(expect.arrayContaining([expect.stringMatching(/primary-init\.sh:\/docker-entrypoint-initdb\.d\//)]));
    expect(replica.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    const replicaScript = readFileSync(join(PROJECT_ROOT, 'deploy', 'postgres', 'replica-entrypoint.sh'), 'utf8');
    expect(replicaScript).toMatch(/pg_basebackup --host=postgres --username=replicator .*--write-recovery-conf/);
    expect(readFileSync(join(PROJECT_ROOT, 'deploy', 'postgres', 'primary-init.sh'), 'utf8')).toMatch(
      /CREATE ROLE replicator WITH REPLICATION LOGIN/,
    );
  });

  it('should put nginx in front of the API with WebSocket upgrades for subscriptions', () => {
    const { proxy } = compose.services;
    expect(proxy.volumes).toEqual(['./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro']);
    const nginx = readFileSync(join(PROJECT_ROOT, 'deploy', 'nginx.conf'), 'utf8');
    expect(nginx).toMatch(/server api:4000;/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginx).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(nginx).toMatch(/location = \/metrics \{\s*return 404;/);
  });
});
