import DataLoader from 'dataloader';

import { createRequestContext, type RequestContext } from '../common/request-context';
import type { Council } from '../modules/council/council.entity';
import type { CouncilCircumstance } from '../modules/council/council-circumstance.entity';

import type { SessionEvent } from '../modules/facilitated-session';

import type { Services } from './services';

/** Cookie plumbing for the sign-in and sign-out mutations. */
export type HttpSession = {
  sessionToken: string | undefined;
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
};

/** What every resolver receives: the request's context for services, per-request loaders, and the session cookie. */
export type GraphQLContext = {
  request: RequestContext;
  loaders: ReturnType<typeof createLoaders>;
  http: HttpSession;
  /** An anonymous session participant's device token (X-Participant-Token header, or the WebSocket's connectionParams). */
  participantToken: string | null;
  /** A session's events for this client, access checked on subscribing and on every event (used by the subscription). */
  sessionEvents(sessionId: string): Promise<AsyncIterable<SessionEvent>>;
};

/** Loaders batch look-ups by id within one request and are thrown away after it, so nothing leaks between viewers. */
function createLoaders(services: Services) {
  return {
    council: new DataLoader<string, Council | undefined>((ids) => services.councils.findByIds(ids)),
    officialCircumstances: new DataLoader<string, CouncilCircumstance[]>((ids) => services.councils.officialCircumstances(ids)),
  };
}

/** Builds a request's context: resolves the viewer from the session cookie or the bearer token. */
export async function buildContext(
  services: Services,
  credentials: { sessionToken?: string; apiToken?: string; ip: string },
  http: HttpSession,
  participantToken: string | null = null,
): Promise<GraphQLContext> {
  const viewer = await services.auth.resolveViewer(credentials);
  const request = createRequestContext(viewer, credentials.ip);
  return {
    request,
    loaders: createLoaders(services),
    http,
    participantToken,
    // Each event re-reads the viewer from the credentials, so a signed-out facilitator stops receiving them.
    sessionEvents: (sessionId) =>
      services.sessions.subscribe(
        {
          request,
          participantToken,
          reauthorize: async () => createRequestContext(await services.auth.resolveViewer(credentials), credentials.ip),
        },
        sessionId,
      ),
  };
}
