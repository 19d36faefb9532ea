import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';

/** A refusal that says how long to wait (AuthError's retryAfterSeconds, for one). */
const retryAfterOf = (error: unknown): number | undefined => {
  const seconds = (unwrapResolverError(error) as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : undefined;
};

/**
 * A response refused by a limit (a TOO_MANY_REQUESTS error) goes out as HTTP 429, with
 * Retry-After when the refusal says how long to wait, so clients, proxies and monitoring see a
 * limit rather than a success or a server fault.
 */
export const tooManyRequestsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    let retryAfter: number | undefined;
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const seconds = retryAfterOf(error);
          if (seconds !== undefined) retryAfter = Math.max(retryAfter ?? 0, Math.ceil(seconds));
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === 'TOO_MANY_REQUESTS')) return;
        response.http.status = 429;
        if (retryAfter !== undefined) response.http.headers.set('retry-after', String(retryAfter));
      },
    };
  },
};
