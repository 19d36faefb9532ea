import 'reflect-metadata';

import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  validateSync,
} from 'class-validator';

import { TrustedProxiesConstraint } from './common/http/client-address';
import { DISCLOSURE_FLOOR } from './common/disclosure-floor';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase())
      ? true
      : ['0', 'false', 'no', 'off'].includes(String(value).toLowerCase())
        ? false
        : value;

/** Applies each of a setting's rules in turn. */
const rules =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorator of decorators) decorator(target, property);
  };

/** A whole number of at least `min`, and at most `max` when there is one. */
const WholeNumber = (min: number, max?: number) => rules(Transform(toInt), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)]));

/** A yes or no: 1, true, yes, on or 0, false, no, off. */
const YesOrNo = () => rules(Transform(toBool), IsBoolean());

/** A PostgreSQL connection string, or nothing. */
const OptionalPostgresUrl = () =>
  rules(IsOptional(), Matches(/^postgres(ql)?:\/\//, { message: '$property must be a postgres:// or postgresql:// URL' }));

/**
 * Every setting Touchstone reads from the environment, with its default and its rules. This is
 * the only place that reads process.env; everything else receives a validated Config.
 */
export class Config {
  /** Runtime mode: production turns off introspection and the GraphQL landing page. */
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** Port serving the API (/graphql) and the dashboard (/). */
  @WholeNumber(0, 65535)
  PORT = 4000;

  /** PostgreSQL connection string. When unset, an embedded PostgreSQL is started with its data in EMBEDDED_PG_DIR. (sensitive) */
  @OptionalPostgresUrl()
  DATABASE_URL?: string;

  /**
   * Connection string for the API's own restricted database role (no table ownership, no
   * BYPASSRLS). When unset, the API connects to DATABASE_URL's server as the role the migrations
   * create, `touchstone_api`, with API_DATABASE_PASSWORD. (sensitive)
   */
  @OptionalPostgresUrl()
  API_DATABASE_URL?: string;

  /** Password start-up gives the `touchstone_api` role; must be set in production unless API_DATABASE_URL is. (sensitive) */
  @ValidateIf((config: Config) => config.NODE_ENV === 'production' && !config.API_DATABASE_URL)
  @IsString()
  @MinLength(16, { message: 'API_DATABASE_PASSWORD must be at least 16 characters in production' })
  @Matches(/^(?!touchstone-api-local$)/, { message: 'API_DATABASE_PASSWORD must be changed from the development default in production' })
  API_DATABASE_PASSWORD = 'touchstone-api-local';

  /**
   * Connection string for the mail worker's own database role, the only one that can read the
   * outbox of account email (password reset links). When unset, the worker connects to
   * DATABASE_URL's server as the role the migrations create, `touchstone_mailer`, with
   * MAILER_DATABASE_PASSWORD. Required by the mailer process (mailer-main). (sensitive)
   */
  @OptionalPostgresUrl()
  MAILER_DATABASE_URL?: string;

  /**
   * Password start-up (as the owner) gives the `touchstone_mailer` role; must be set in production
   * wherever migrations run (MIGRATE_ON_START, or the migration service) unless MAILER_DATABASE_URL is. (sensitive)
   */
  @ValidateIf((config: Config) => config.NODE_ENV === 'production' && config.MIGRATE_ON_START && !config.MAILER_DATABASE_URL)
  @IsString()
  @MinLength(16, { message: 'MAILER_DATABASE_PASSWORD must be at least 16 characters in production' })
  @Matches(/^(?!touchstone-mailer-local$)/, {
    message: 'MAILER_DATABASE_PASSWORD must be changed from the development default in production',
  })
  MAILER_DATABASE_PASSWORD = 'touchstone-mailer-local';

  /**
   * Send account email (password reset links) from this API process, as the mailer's role. Set
   * false where a separate mailer process does it (docker-compose.yml's `mailer`): the API then
   * needs no mailer credential at all.
   */
  @YesOrNo()
  ACCOUNT_MAIL_WORKER = true;

  /**
   * A streaming read replica of the database (the API's role on it): benchmark reads go there, and
   * everything else to the primary. When unset, everything uses the primary. (sensitive)
   */
  @OptionalPostgresUrl()
  DATABASE_REPLICA_URL?: string;

  /**
   * Run migrations and load content and reference data at start-up (as DATABASE_URL's owner). Set
   * false where a one-shot migration service does it (docker-compose.yml): the API then connects
   * with API_DATABASE_URL only and /readyz waits for the migrations.
   */
  @YesOrNo()
  MIGRATE_ON_START = true;

  /** Bearer token Prometheus sends to read /metrics; /metrics is off when unset. Required in production. (sensitive) */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'METRICS_TOKEN must be at least 24 characters' })
  METRICS_TOKEN?: string;

  /** Log level of the JSON logs on stdout: fatal, error, warn, info, debug, trace or silent (default info; warn under test). */
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

  /** Folder for the embedded PostgreSQL's data, kept between restarts. */
  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  /** Port for the embedded PostgreSQL (loopback only). */
  @WholeNumber(1024, 65535)
  EMBEDDED_PG_PORT = 54329;

  /** How long a sign-in lasts. */
  @WholeNumber(1, 24 * 14)
  SESSION_HOURS = 12;

  /** Failed sign-ins allowed per email address within 15 minutes before further attempts are refused. */
  @WholeNumber(1)
  SIGN_IN_MAX_FAILURES = 5;

  /**
   * Back-off cap in seconds for one account from one address: after SIGN_IN_MAX_FAILURES failures
   * each further attempt waits twice as long as the last, up to this.
   */
  @WholeNumber(1)
  SIGN_IN_BACKOFF_MAX_SECONDS = 900;

  /**
   * Back-off cap in seconds for the limits many people share: one account from all addresses, and
   * one address for all accounts (a council office behind one address). Short, so failures from
   * elsewhere slow people down but never lock them out for long.
   */
  @WholeNumber(1)
  SIGN_IN_SHARED_BACKOFF_MAX_SECONDS = 60;

  /** Password hashes computed at once by one API process (each takes about 19 MiB while it runs). */
  @WholeNumber(1, 64)
  PASSWORD_HASH_CONCURRENCY = 2;

  /** Password hashes allowed to wait for one of those; more are refused at once with a "try again" error (HTTP 429). */
  @WholeNumber(0)
  PASSWORD_HASH_QUEUE = 32;

  /**
   * Proxies whose X-Forwarded-For is believed, comma-separated: addresses, CIDR ranges, or
   * proxy-addr's names `loopback`, `linklocal`, `uniquelocal`. Empty (the default): the client is
   * the direct peer. Sign-in and join limits count per client address, so behind a load balancer
   * this must name it, or every user shares its address.
   */
  @IsString()
  @Validate(TrustedProxiesConstraint)
  TRUSTED_PROXIES = '';

  /** How long a password reset link works, in minutes. */
  @WholeNumber(5, 24 * 60)
  PASSWORD_RESET_MINUTES = 60;

  /** SMTP server for email (password reset links). Empty: emails are written to MAIL_OUTBOX_DIR and the log instead (development). */
  @IsString()
  SMTP_HOST = '';

  /** SMTP port: 587 (STARTTLS) or 465 (with SMTP_SECURE). */
  @WholeNumber(1, 65535)
  SMTP_PORT = 587;

  /** Connect with TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
  @YesOrNo()
  SMTP_SECURE = false;

  /** SMTP user name, if the server needs one. */
  @IsString()
  SMTP_USER = '';

  /** SMTP password. (sensitive) */
  @IsString()
  SMTP_PASSWORD = '';

  /** The From address of Touchstone's emails. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Touchstone <no-reply@touchstone.invalid>';

  /** Folder emails are written to when SMTP_HOST is empty, one .eml file each (relative to the project root). */
  @IsString()
  @MinLength(1)
  MAIL_OUTBOX_DIR = '.outbox';

  /** Load the synthetic demo data and demo accounts at start-up (idempotent). Default true, but false in production, where true is refused. */
  @YesOrNo()
  DEMO_DATA = true;

  /** Seed for the deterministic demo data generator. */
  @IsString()
  DEMO_SEED = 'touchstone-demo';

  /** Password for the demo accounts created with the demo data. */
  @IsString()
  @MinLength(12)
  DEMO_PASSWORD = 'touchstone-demo';

  /**
   * Anonymised aggregates are shown only where at least this many councils other than the viewer
   * contribute. The promise to councils is never fewer than DISCLOSURE_FLOOR (3).
   */
  @Transform(toInt)
  @IsInt()
  @Min(DISCLOSURE_FLOOR, { message: `DISCLOSURE_MIN_COUNCILS must be at least ${DISCLOSURE_FLOOR}: smaller groups could reveal a council` })
  DISCLOSURE_MIN_COUNCILS = 5;

  /**
   * The most memory, in bytes, the disclosed benchmark results kept for serving again may take, for
   * each view (council positions; sector views). The default, 64 MiB, holds about 1,700 council
   * positions of 15 sections against five peer groups: every council's for a few frameworks.
   */
  @WholeNumber(0)
  RECORDED_RELEASES_MAX_BYTES = 64 * 1024 * 1024;

  /**
   * The address people open the dashboard at, e.g. https://touchstone.example.org: join links and
   * their QR codes point at <PUBLIC_ORIGIN>/join/<code>. Defaults to http://localhost:<PORT>.
   */
  @Matches(/^https?:\/\/[^/\s]+$/, { message: 'PUBLIC_ORIGIN must be an origin such as https://touchstone.example.org (no path)' })
  PUBLIC_ORIGIN = 'http://localhost:4000';

  /** How long a live session's join code works, in hours (a survey's lasts the days it is opened for). */
  @WholeNumber(1, 72)
  SESSION_JOIN_HOURS = 12;

  /** Failed attempts to join a session (wrong or expired codes) allowed per address within 15 minutes. */
  @WholeNumber(1)
  SESSION_JOIN_MAX_FAILURES = 10;

  get sessionPolicy() {
    return {
      publicOrigin: this.PUBLIC_ORIGIN,
      liveJoinHours: this.SESSION_JOIN_HOURS,
      maxJoinFailuresPerIp: this.SESSION_JOIN_MAX_FAILURES,
      joinFailureWindowMinutes: 15,
    };
  }

  get authPolicy() {
    return {
      sessionHours: this.SESSION_HOURS,
      invitationDays: 7,
      passwordResetMinutes: this.PASSWORD_RESET_MINUTES,
      publicOrigin: this.PUBLIC_ORIGIN,
    };
  }

  /** Sign-in limits: free failures and back-off caps per key, and how long a quiet key takes to be forgotten. */
  get signInLimits() {
    const free = this.SIGN_IN_MAX_FAILURES;
    return {
      accountFromAddress: { freeFailures: free, maxBackoffSeconds: this.SIGN_IN_BACKOFF_MAX_SECONDS },
      account: { freeFailures: 4 * free, maxBackoffSeconds: this.SIGN_IN_SHARED_BACKOFF_MAX_SECONDS },
      address: { freeFailures: 10 * free, maxBackoffSeconds: this.SIGN_IN_SHARED_BACKOFF_MAX_SECONDS },
      forgetAfterMinutes: 60,
    };
  }

  get passwordHashing() {
    return { concurrency: this.PASSWORD_HASH_CONCURRENCY, queue: this.PASSWORD_HASH_QUEUE };
  }

  get mail() {
    return {
      smtp: this.SMTP_HOST
        ? { host: this.SMTP_HOST, port: this.SMTP_PORT, secure: this.SMTP_SECURE, user: this.SMTP_USER, password: this.SMTP_PASSWORD }
        : null,
      from: this.MAIL_FROM,
      outboxDir: this.MAIL_OUTBOX_DIR,
      publicOrigin: this.PUBLIC_ORIGIN,
    };
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get logLevel(): string {
    return this.LOG_LEVEL ?? (this.NODE_ENV === 'test' ? 'warn' : 'info');
  }

  /** Secret-free description, safe to print. */
  describe(): string {
    const database = !this.MIGRATE_ON_START
      ? 'external (API_DATABASE_URL, migrated elsewhere)'
      : this.DATABASE_URL
        ? 'external (DATABASE_URL)'
        : `embedded (${this.EMBEDDED_PG_DIR})`;
    return `mode=${this.NODE_ENV} port=${this.PORT} database=${database}${this.DATABASE_REPLICA_URL ? ' with read replica' : ''}`;
  }
}

/** Settings whose values must never be printed. */
const SENSITIVE = [
  'DATABASE_URL',
  'API_DATABASE_URL',
  'API_DATABASE_PASSWORD',
  'MAILER_DATABASE_URL',
  'MAILER_DATABASE_PASSWORD',
  'DATABASE_REPLICA_URL',
  'METRICS_TOKEN',
  'DEMO_PASSWORD',
  'SMTP_PASSWORD',
];

/** Settings that have no default, so are not own properties of a fresh Config. */
const OPTIONAL_SETTINGS = ['DATABASE_URL', 'API_DATABASE_URL', 'MAILER_DATABASE_URL', 'DATABASE_REPLICA_URL', 'METRICS_TOKEN', 'LOG_LEVEL'];

/** The name of every setting Config reads; anything else in the environment is not Touchstone's. */
export const CONFIG_SETTINGS: readonly string[] = [...Object.keys(new Config()), ...OPTIONAL_SETTINGS];

/** Which program reads the settings: the API (main.ts, and the migration service), or the mailer alone (mailer-main.ts). */
export type ConfigReader = 'api' | 'mailer';

/** Settings a program never uses, so whose rules it need not meet: the mailer gives no role a password. */
const NOT_READ_BY: Record<ConfigReader, string[]> = { api: [], mailer: ['API_DATABASE_PASSWORD', 'MAILER_DATABASE_PASSWORD'] };

/**
 * What production refuses to start without, or with: rules across settings that the per-field
 * validators cannot say. Demo data creates accounts with a published password, so it never runs there.
 */
function crossFieldProblems(config: Config, given: Record<string, unknown>, reader: ConfigReader): string[] {
  const problems: string[] = [];
  // The mailer connects with its own role only: the API's settings are not its business.
  if (reader === 'mailer')
    return config.MAILER_DATABASE_URL ? [] : ['MAILER_DATABASE_URL: is required by the mailer (it connects with it alone)'];
  if (config.ACCOUNT_MAIL_WORKER && !config.MIGRATE_ON_START && !config.MAILER_DATABASE_URL)
    problems.push(
      'MAILER_DATABASE_URL: must be set when MIGRATE_ON_START is false and ACCOUNT_MAIL_WORKER is true (or set ACCOUNT_MAIL_WORKER=false where a mailer runs)',
    );
  if (!config.MIGRATE_ON_START && !config.API_DATABASE_URL)
    problems.push('API_DATABASE_URL: must be set when MIGRATE_ON_START is false (the API then connects with it alone)');
  if (!config.isProduction) return problems;
  if (given.DEMO_DATA !== undefined && config.DEMO_DATA)
    problems.push('DEMO_DATA: must not be true in production: demo accounts share a published password');
  if (config.MIGRATE_ON_START && !config.DATABASE_URL)
    problems.push('DATABASE_URL: is required in production (the embedded PostgreSQL is for development and tests)');
  if (!config.METRICS_TOKEN) problems.push('METRICS_TOKEN: is required in production (it protects /metrics)');
  return problems;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Touchstone cannot start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds and validates the Config from an environment (process.env by default) for the program
 * that reads it (the API by default); throws ConfigError listing every problem.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, reader: ConfigReader = 'api'): Config {
  const values = Object.fromEntries(
    Object.entries(env).filter(([name, value]) => CONFIG_SETTINGS.includes(name) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(Config, values);
  // Production's default is no demo data; development's is the demo.
  if (values.DEMO_DATA === undefined) config.DEMO_DATA = !config.isProduction;
  // Unset, the dashboard is wherever this process serves it.
  if (values.PUBLIC_ORIGIN === undefined) config.PUBLIC_ORIGIN = `http://localhost:${config.PORT}`;
  const problems = validateSync(config, { forbidUnknownValues: false })
    .filter((error) => !NOT_READ_BY[reader].includes(error.property))
    .flatMap((error) =>
      Object.values(error.constraints ?? {}).map(
        (message) =>
          `${error.property}: ${message} (${SENSITIVE.includes(error.property) ? 'value hidden' : `got ${JSON.stringify(error.value)}`})`,
      ),
    );
  problems.push(...crossFieldProblems(config, values, reader));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
