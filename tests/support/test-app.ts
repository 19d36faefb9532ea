import type { DataSource } from 'typeorm';

import { type App, SESSION_COOKIE, startApp } from '../../api/src/app';
import { prepareDatabase } from '../../api/src/bootstrap';
import { type Config, loadConfig } from '../../api/src/config';
import { createDataSource } from '../../api/src/data-source';
import { prepareApiConnection } from '../../api/src/database/api-role';
import { prepareMailerConnection } from '../../api/src/database/mailer-role';
import { type AccountMailWorker, startAccountMailWorker } from '../../api/src/modules/auth/index';
import { type DemoLoadOptions, loadDemoAccounts } from '../../api/src/modules/demo/index';

import { createTestDatabase, type TestDatabase } from './database';
import { signInOverHttp } from './sign-in';

/**
 * A response's data when a test names no type: the tests assert the shape they read, and this
 * spares each of them a cast.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UntypedData = Record<string, any>;

export type GraphQLResponse<TData = UntypedData> = {
  data?: TData | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; [key: string]: unknown } }[];
};

/** Sends one GraphQL operation over HTTP as one client (anonymous, a session or an API token). */
export type GraphQLClient = <TData = UntypedData>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<TData>>;

/** The demo accounts, by a short name the tests use. */
export const ACCOUNTS = {
  chesterfieldLead: 'lead.chesterfield@demo.touchstone.test',
  hartlepoolLead: 'lead.hartlepool@demo.touchstone.test',
  uttlesfordLead: 'lead.uttlesford@demo.touchstone.test',
  bolsoverMember: 'member.bolsover@demo.touchstone.test',
  analyst: 'analyst@demo.touchstone.test',
  admin: 'admin@demo.touchstone.test',
} as const;
export type AccountName = keyof typeof ACCOUNTS;

export type TestApp = {
  app: App;
  config: Config;
  /** The API's own connection (the restricted touchstone_api role). */
  apiDataSource: DataSource;
  /** The owner's connection, for setting up and checking data below the API. */
  dataSource: DataSource;
  database: TestDatabase;
  /** The account mail worker, as the mailer's role (touchstone_mailer), unless ACCOUNT_MAIL_WORKER is false. */
  mailWorker: AccountMailWorker | null;
  /** The mailer role's connection string. */
  mailerUrl: string;
  /** An anonymous client. */
  gql: GraphQLClient;
  /** A client signed in as a demo account (sessions are cached per suite). */
  as(account: AccountName): Promise<GraphQLClient>;
  /** Signs in and returns the raw session cookie value. */
  signIn(email: string, password?: string): Promise<{ response: GraphQLResponse; sessionToken: string | null; setCookie: string | null }>;
  client(headers: Record<string, string>): GraphQLClient;
  close(): Promise<void>;
};

export type TestAppOptions = {
  /** Load synthetic demo assessments; off by default, so each suite sets up what it needs. */
  demo?: Partial<DemoLoadOptions> | false;
  env?: Record<string, string>;
};

/** A real API over HTTP on a free port, with its own freshly migrated database and the demo accounts. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, DEMO_DATA: options.demo ? 'true' : 'false', ...options.env });
  const owner = createDataSource(database.url, { poolSize: 3 });
  await owner.initialize();
  await prepareDatabase(owner, config, () => undefined, options.demo || {});
  if (!options.demo) await loadDemoAccounts(owner, config.DEMO_PASSWORD);
  const apiDataSource = createDataSource(await prepareApiConnection(owner, database.url, config), { poolSize: 5 });
  await apiDataSource.initialize();
  const app = await startApp(apiDataSource, config, 0);
  const mailerUrl = await prepareMailerConnection(owner, database.url, config);
  const mailWorker = config.ACCOUNT_MAIL_WORKER ? await startAccountMailWorker(mailerUrl, config) : null;

  const client =
    (headers: Record<string, string>): GraphQLClient =>
    async (query, variables) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    };
  const signIn: TestApp['signIn'] = (email, password = config.DEMO_PASSWORD) => signInOverHttp(app.url, email, password);
  const sessions = new Map<AccountName, GraphQLClient>();

  return {
    app,
    config,
    apiDataSource,
    dataSource: owner,
    database,
    mailWorker,
    mailerUrl,
    gql: client({}),
    client,
    signIn,
    as: async (account) => {
      if (!sessions.has(account)) {
        const { sessionToken, response } = await signIn(ACCOUNTS[account]);
        if (!sessionToken) throw new Error(`sign-in as ${account} failed: ${JSON.stringify(response.errors)}`);
        sessions.set(account, client({ cookie: `${SESSION_COOKIE}=${sessionToken}` }));
      }
      return sessions.get(account)!;
    },
    close: async () => {
      await app.close();
      await new Promise((resolve) => app.server.close(resolve));
      await mailWorker?.close();
      await apiDataSource.destroy();
      await owner.destroy();
      await database.drop();
    },
  };
}

/** The connection string of the API's own role (touchstone_api, with its password), for connecting as it directly. */
export const apiRoleUrl = (t: TestApp): string => (t.apiDataSource.options as { url: string }).url;

/** The error codes of a response, for assertions: [{ code, reason }]. */
/** Starts a test app before the suite and closes it after it, as describe blocks need it: `suite.t` is set once it has started. */
export function useApp(options: TestAppOptions = {}): { t: TestApp } {
  const suite = {} as { t: TestApp };
  beforeAll(async () => {
    suite.t = await startTestApp(options);
  });
  afterAll(() => suite.t.close());
  return suite;
}

/** As useApp, and `suite.gql` is a client signed in as `account` once the app has started. */
export function useTestApp(account: AccountName, options: TestAppOptions = {}): { t: TestApp; gql: GraphQLClient } {
  const suite = useApp(options) as { t: TestApp; gql: GraphQLClient };
  beforeAll(async () => {
    suite.gql = await suite.t.as(account);
  });
  return suite;
}

/** The error codes of a response, for assertions: [{ code, reason }]. */
export const errorCodes = (response: GraphQLResponse) =>
  (response.errors ?? []).map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason }));
