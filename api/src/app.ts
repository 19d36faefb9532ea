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

import { clientAddressOf, compileTrustedProxies } from './common/http/client-address';
import { PROJECT_ROOT } from './common/project-root';
import { createRequestContext, type RequestContext } from './common/request-context';
import type { Config } from './config';
import type { GraphQLContext } from './common/graphql/graphql-context';
import { buildContext } from './graphql/context';
import { errorClassOf, formatError } from './graphql/error-formatter';
import { rejectNulCharactersPlugin } from './graphql/reject-nul-characters.plugin';
import { createSchema } from './graphql/schema';
import { tooManyRequestsPlugin } from './graphql/too-many-requests.plugin';
import { createServices, type Services, startServices, stopServices } from './services';
import { PARTICIPANT_TOKEN_HEADER } from './modules/facilitated-session/index';
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
    maxTokens: { n: QUERY_LIMITS.maxTokens },
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
  );
}

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
        );
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
  const viewer = await services.auth.resolveViewer({ sessionToken, apiToken });
  return createRequestContext(viewer, clientAddress(req));
}

export type App = { server: http.Server; services: Services; url: string; close(): Promise<void> };

/**
 * The HTTP application: GraphQL at /graphql and the built dashboard at /, on one port. Holds no
 * state of its own beyond caches, so any number of replicas can serve behind a load balancer.
 */
export async function startApp(dataSource: DataSource, config: Config, port = config.PORT): Promise<App> {
  const services = createServices(dataSource, config);
  const trustProxy = compileTrustedProxies(config.TRUSTED_PROXIES);
  const clientAddress: ClientAddress = (req) => clientAddressOf(req, trustProxy);
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);

  const armor = createArmor();
  const schema = await createSchema(services);
  await startServices(services);
  const ws = startWebSocketServer(server, schema, services, armor.validationRules as ValidationRule[], clientAddress);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: (formatted, error) => formatError(formatted, error),
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // Explicit although it is Apollo's default: refuses simple cross-site requests that browsers send without a preflight.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      rejectNulCharactersPlugin,
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

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
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

  await new Promise<void>((resolve) => server.listen(port, '0.0.0.0', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    services,
    url: `http://localhost:${actualPort}`,
    close: async () => {
      await apollo.stop();
    },
  };
}
