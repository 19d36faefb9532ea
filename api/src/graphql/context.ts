import type { GraphQLContext, HttpSession } from '../common/graphql/graphql-context';
import { createRequestContext } from '../common/request-context';
import type { SessionGraphQLContext } from '../modules/facilitated-session/index';
import type { Services } from '../services';

/** Builds a request's context: resolves the viewer from the session cookie or the bearer token. */
export async function buildContext(
  services: Services,
  credentials: { sessionToken?: string; apiToken?: string; ip: string },
  http: HttpSession,
  participantToken: string | null = null,
): Promise<GraphQLContext & SessionGraphQLContext> {
  const { viewer, refusal } = await services.auth.authenticate(credentials);
  const request = createRequestContext(viewer, credentials.ip, refusal);
  return {
    request,
    http,
    participantToken,
    // Each event re-reads the viewer from the credentials, so a signed-out facilitator stops receiving them.
    sessionEvents: (sessionId) =>
      services.facilitatedSession.subscribe(
        {
          request,
          participantToken,
          reauthorize: async () => createRequestContext(await services.auth.resolveViewer(credentials), credentials.ip),
        },
        sessionId,
      ),
  };
}
