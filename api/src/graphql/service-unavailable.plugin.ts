import type { ApolloServerPlugin } from '@apollo/server';

import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_STATUS } from '../common/database/database-unavailable';

/**
 * A response with any SERVICE_UNAVAILABLE error (the database went away while it ran) is HTTP 503
 * with Retry-After, so clients and load balancers see a retryable failure rather than a 200 or 500.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE)) return;
        response.http.status = SERVICE_UNAVAILABLE_STATUS;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
