import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError, GraphQLSchema, ValidationRule, ExecutionResult } from 'graphql';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express, { type Request, type Response } from 'express';
import { GraphQLError, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';

import { isDatabaseUnavailable, sendServiceUnavailable, serviceUnavailableError } from './common/database/database-unavailable';
import { logger } from './common/logger';
import { clientAddressOf, compileTrustedProxies } from './common/http/client-address';
import { PROJECT_ROOT } from './common/project-root';
import { createRequestContext, type RequestContext } from './common/request-context';
import type { Config } from './config';
import type { GraphQLContext } from './common/graphql/graphql-context';
import { benchmarkReadsRule } from './graphql/benchmark-reads.rule';
import { buildContext } from './graphql/context';
import { errorClassOf, formatError } from './graphql/error-formatter';
import { rejectNulCharactersPlugin } from './graphql/reject-nul-characters.plugin';
import { createSchema } from './graphql/schema';
import { responseStatusPlugin } from './graphql/response-status.plugin';
import { graphqlMetricsPlugin } from './observability/graphql-metrics.plugin';
import { createHealthRouter } from './observability/health';
import { createMetricsRouter } from './observability/metrics.http';
import { requestLogging } from './observability/request-logging';
import { tooManyRequestsPlugin } from './graphql/too-many-requests.plugin';
import { createServices, type Services, startServices, stopServices } from './services';
import { PARTICIPANT_TOKEN_HEADER } from './modules/facilitated-session/index';
import { ApiTokenScope } from './modules/auth/index';
import { createPlanRouter } from './modules/improvement-plan/index';

export const DASHBOARD_DIST = join(PROJECT_ROOT, 'dashboard', 'dist');

/**
 * Limits on the shape of a query, checked before it runs, so one request cannot ask for unbounded
 * work. The dashboard's largest operation needs depth 6 and a cost of about 2,000.
 */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 4000, maxCost: 20000, maxDirectives: 10 };

function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Counted by graphql-js's own parser instead (parseOptions below): armor's token plugin throws from
    // a plugin hook, which Apollo answers with 500, for syntax errors as well as for the limit.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    // Suggestions such as "Did you mean …?" describe the schema to someone probing it.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export const SESSION_COOKIE = 'touchstone_session';

/** The client's address for a request, from TRUSTED_PROXIES (common/http/client-address.ts): what rate limits count. */
type ClientAddress = (req: http.IncomingMessage) => string;

/**
 * Reads the credential from the session cookie or an "Authorization: Bearer" API token and lets
 * sign-in set the cookie: HttpOnly (no script can read it), Secure (browsers treat localhost as
 * secure, so this works locally too), SameSite=Strict (never sent from another site's page).
 */
function contextFor(
  services: Services,
  config: Config,
  clientAddress: ClientAddress,
  req: Request,
  res: Response,
): Promise<GraphQLContext> {
  const sessionToken = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
  const participantToken = req.headers[PARTICIPANT_TOKEN_HEADER];
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  const cookie = (value: string, maxAge: number) =>
    serializeCookie(SESSION_COOKIE, value, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge });
  return buildContext(
    services,
    { sessionToken, apiToken: bearer, ip: clientAddress(req) },
    {
      sessionToken,
      setSessionCookie: (token) => void res.append('Set-Cookie', cookie(token, config.SESSION_HOURS * 3600)),
      clearSessionCookie: () => void res.append('Set-Cookie', cookie('', 0)),
    },
    typeof participantToken === 'string' && participantToken ? participantToken : null,
  )
    .then((context) => {
      // The id the logs and the X-Request-Id header carry.
      if (typeof res.locals.requestId === 'string') context.request.requestId = res.locals.requestId;
      return context;
    })
    .catch(unavailableAs503);
}

/** Finding the viewer needs the database: while it is away the request gets 503 SERVICE_UNAVAILABLE, not a 500. */
const unavailableAs503 = (error: unknown): never => {
  throw isDatabaseUnavailable(error) ? serviceUnavailableError() : error;
};

/** A WebSocket cannot set cookies: sign-in and sign-out run over HTTP only. */
const NO_COOKIES = {
  sessionToken: undefined,
  setSessionCookie: () => {
    throw new Error('Sign in over HTTP, not over the WebSocket.');
  },
  clearSessionCookie: () => {
    throw new Error('Sign out over HTTP, not over the WebSocket.');
  },
};

/**
 * GraphQL over WebSocket (graphql-ws) on the same server and path, for subscriptions. The viewer
 * comes from the upgrade request's session cookie (the facilitator), or the participant's token
 * from connectionParams.participantToken; each operation gets a fresh context. Errors leave through
 * the same formatter as over HTTP, and the same query limits apply.
 */
function startWebSocketServer(
  server: http.Server,
  schema: GraphQLSchema,
  services: Services,
  validationRules: ValidationRule[],
  clientAddress: ClientAddress,
) {
  const wsServer = new WebSocketServer({ server, path: '/graphql' });
  return useServer(
    {
      schema,
      validate: (s, document) => validate(s, document, [...specifiedRules, ...validationRules]),
      context: (ctx) => {
        const req = ctx.extra.request;
        const sessionToken = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
        const participantToken = ctx.connectionParams?.participantToken;
        return buildContext(
          services,
          { sessionToken, ip: clientAddress(req) },
          { ...NO_COOKIES, sessionToken },
          typeof participantToken === 'string' && participantToken ? participantToken : null,
        ).catch(unavailableAs503);
      },
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result as ExecutionResult),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => toGraphQLError(formatError(e.toJSON(), e.originalError ?? e))),
    },
    wsServer,
  );
}

// graphql-ws hands over errors without a path, which Apollo's unwrapResolverError needs, so the original is passed on here.
const formatResult = (result: ExecutionResult): ExecutionResult =>
  result.errors ? { ...result, errors: result.errors.map((e) => toGraphQLError(formatError(e.toJSON(), e.originalError ?? e))) } : result;

const toGraphQLError = (formatted: GraphQLFormattedError) =>
  new GraphQLError(formatted.message, { extensions: formatted.extensions, path: formatted.path as (string | number)[] | undefined });

/** The viewer of a plain HTTP request (file downloads and uploads), from the same credentials as GraphQL's. */
async function requestContextOf(services: Services, clientAddress: ClientAddress, req: Request): Promise<RequestContext> {
  const sessionToken = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
  const apiToken = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  const { viewer, refusal } = await services.auth.authenticate({ sessionToken, apiToken });
  const ip = clientAddress(req);
  // Downloads are reads; an upload (a plan import) changes a plan, which no token may do.
  if (viewer?.via === 'token' && !(req.method === 'GET' && viewer.tokenScopes?.includes(ApiTokenScope.READ)))
    return createRequestContext(null, ip, 'This API token may not do this: sign in, or use a token with the read scope to download.');
  return createRequestContext(viewer, ip, refusal);
}

/**
 * Whatever no route handled (a body that is not JSON, one over the limit): a short JSON answer with
 * the right status, never Express's default page, which shows a stack trace outside production.
 */
const lastErrorHandler: express.ErrorRequestHandler = (error, _req, res, _next) => {
  if (isDatabaseUnavailable(error)) return sendServiceUnavailable(res);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) logger.error({ err: error }, 'unexpected error in an HTTP request');
  const message =
    status === 413 ? 'The request is too large.' : status === 500 ? 'Something went wrong on our side.' : 'The request could not be read.';
  res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
};

export type App = {
  server: http.Server;
  services: Services;
  url: string;
  /** Stops gracefully: /readyz turns 503, the server stops accepting, in-flight requests finish, WebSockets close (1001). */
  close(): Promise<void>;
};

/**
 * The HTTP application: GraphQL at /graphql and the built dashboard at /, on one port. Holds no
 * state of its own beyond caches, so any number of replicas can serve behind a load balancer.
 */
export async function startApp(dataSource: DataSource, config: Config, port = config.PORT): Promise<App> {
  logger.level = config.logLevel;
  const services = createServices(dataSource, config);
  const trustProxy = compileTrustedProxies(config.TRUSTED_PROXIES);
  const clientAddress: ClientAddress = (req) => clientAddressOf(req, trustProxy);
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every GraphQL answer (92 KB for a sector view) for an ETag that no-store makes useless;
  // the dashboard's static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.use(requestLogging);
  const server = http.createServer(app);

  const armor = createArmor();
  const schema = await createSchema(services);
  await startServices(services);
  const validationRules = [...(armor.validationRules as ValidationRule[]), benchmarkReadsRule];
  const ws = startWebSocketServer(server, schema, services, validationRules, clientAddress);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: (formatted, error) => formatError(formatted, error),
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // Explicit although it is Apollo's default: refuses simple cross-site requests that browsers send without a preflight.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [
      ...armor.plugins,
      rejectNulCharactersPlugin,
      responseStatusPlugin,
      graphqlMetricsPlugin,
      tooManyRequestsPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Closes the WebSocket server and what the modules opened when the app stops.
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.dispose();
              await stopServices(services);
            },
          };
        },
      },
      // Responses are per viewer and never cached by HTTP caches; the per-field cache hints would only cost time.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const health = createHealthRouter(dataSource);
  app.use(health.router);
  app.use(createMetricsRouter(dataSource, config.METRICS_TOKEN));
  // Every answer is for one viewer: no shared or browser cache may keep it.
  const noStore: express.RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(services, config, clientAddress, req, res) }),
  );

  // Plan spreadsheets and the committee report: files, so plain HTTP with its own body limit (see improvement-plan.http.ts).
  app.use(
    createPlanRouter({
      plans: services.improvementPlan.plans,
      contextOf: (req) => requestContextOf(services, clientAddress, req),
      errorClassOf,
      committeeReport: (ctx, planId, options) => services.improvementPlan.reports.render(ctx, planId, options),
    }),
  );

  if (existsSync(DASHBOARD_DIST)) {
    app.use(express.static(DASHBOARD_DIST, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET is the dashboard's shell.
    app.get(/^(?!\/graphql|\/exports\/).*/, (_req, res) => res.sendFile(join(DASHBOARD_DIST, 'index.html')));
  }

  app.use(lastErrorHandler);

  await new Promise<void>((resolve) => server.listen(port, '0.0.0.0', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    services,
    url: `http://localhost:${actualPort}`,
    close: async () => {
      health.markStopping();
      await apollo.stop();
    },
  };
}
