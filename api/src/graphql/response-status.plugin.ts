import type { ApolloServerPlugin } from '@apollo/server';

import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_STATUS } from '../common/database/database-unavailable';

/** Errors that mean the request itself was wrong: it could not be read, validated or was over a limit. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

/**
 * One place for the HTTP status of a GraphQL response, whatever raised its errors:
 * - any SERVICE_UNAVAILABLE (the database went away while it ran): 503 with Retry-After, so clients
 *   and load balancers see a retryable failure rather than a 200 or a 500;
 * - a request refused before it ran (no `data`: parse, validation, variable and limit errors,
 *   including graphql-armor's token limit, which Apollo would answer with 500): 400.
 * Errors during execution keep Apollo's status (200 with `data`), as GraphQL over HTTP says.
 */
export const responseStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { errors, data } = response.body.singleResult;
        if (!errors?.length) return;
        if (errors.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE)) {
          response.http.status = SERVICE_UNAVAILABLE_STATUS;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          return;
        }
        if (data === undefined && errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code))))
          response.http.status = 400;
      },
    };
  },
};
