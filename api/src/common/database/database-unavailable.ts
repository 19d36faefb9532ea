import type { Response } from 'express';
import { GraphQLError } from 'graphql';

/** The error code (and HTTP status) clients get while the database cannot be reached: retry later. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const SERVICE_UNAVAILABLE_STATUS = 503;
/** Seconds a client should wait before retrying, sent as Retry-After. */
export const RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE =
  'Touchstone cannot reach its database just now. The request was not completed; please try again in a few seconds.';

/** Socket errors: the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ECONNABORTED',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs that mean the server, not the request, is the problem: class 08 (connection exception),
 * 57P01-57P03 (shut down by an administrator, after a crash, or still starting) and 53300 (too many connections).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-3]|53300)$/;

/** What node-postgres and pg-pool say when a connection broke or could not be made. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable$/,
  /^Cannot use a pool after calling end on the pool/,
  /^terminating connection due to/,
  /^the database system is (starting up|shutting down|in recovery mode)/,
];

/** True when an error (or anything it wraps: TypeORM's driverError, a cause, an AggregateError) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}

/** The GraphQL error for a database outage: HTTP 503 with Retry-After, where Apollo sets the status. */
export function serviceUnavailableError(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: SERVICE_UNAVAILABLE,
      http: { status: SERVICE_UNAVAILABLE_STATUS, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** The same for plain HTTP routes (file downloads and uploads): 503, Retry-After and a JSON body with the code. */
export function sendServiceUnavailable(res: Response): void {
  res
    .status(SERVICE_UNAVAILABLE_STATUS)
    .set('Retry-After', String(RETRY_AFTER_SECONDS))
    .json({ ok: false, code: SERVICE_UNAVAILABLE, message: SERVICE_UNAVAILABLE_MESSAGE });
}
