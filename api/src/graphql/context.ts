import type { GraphQLContext, HttpSession } from '../common/graphql/graphql-context';
import { createRequestContext } from '../common/request-context';
import type { Services } from '../services';

/** Builds a request's context: resolves the viewer from the session cookie or the bearer token. */
export async function buildContext(
  services: Services,
  credentials: { sessionToken?: string; apiToken?: string; ip: string },
  http: HttpSession,
): Promise<GraphQLContext> {
  const viewer = await services.auth.resolveViewer(credentials);
  return { request: createRequestContext(viewer, credentials.ip), http };
}
