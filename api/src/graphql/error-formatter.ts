import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

import { AccessErrorCode } from '../common/auth/access-policy';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE } from '../common/database/database-unavailable';
import { DomainError, type GraphQLErrorClass } from '../common/errors/domain-error';
import { logger } from '../common/logger';
import { ALL_MODULES } from '../modules/modules';

import { scrubClientError } from './client-error-text';

const ACCESS_ERROR_CLASSES = {
  [AccessErrorCode.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [AccessErrorCode.FORBIDDEN]: 'FORBIDDEN',
} satisfies Record<AccessErrorCode, GraphQLErrorClass>;

/** Every domain error code, from common's access rules and each module's manifest, with the GraphQL class clients see. */
export function errorClassesOf(modules: readonly { name: string; errorCodes: Readonly<Record<string, GraphQLErrorClass>> }[]) {
  const classes = new Map<string, GraphQLErrorClass>(Object.entries(ACCESS_ERROR_CLASSES));
  for (const module of modules)
    for (const [code, errorClass] of Object.entries(module.errorCodes)) {
      // The code is the client's `reason`: two modules must not mean different things by one.
      if (classes.has(code)) throw new Error(`Error code ${code} of the ${module.name} module is already declared.`);
      classes.set(code, errorClass);
    }
  return classes;
}

const ERROR_CLASSES = errorClassesOf(ALL_MODULES);

/** The class clients see for a domain error, over GraphQL or a module's plain HTTP routes. */
export const errorClassOf = (error: DomainError): GraphQLErrorClass => ERROR_CLASSES.get(error.code) ?? 'INTERNAL_SERVER_ERROR';

/** Codes Apollo and type-graphql give to errors a client caused; their messages are safe to show. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  SERVICE_UNAVAILABLE,
]);

/**
 * Apollo's formatError: domain errors get a stable `code` (the GraphQL class) and `reason` (the
 * domain code); client mistakes pass through with their details; anything else is logged and
 * replaced by a generic message, so no SQL, stack or schema hint reaches a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, error: unknown) => void = (message, error) => logger.error({ err: error }, message),
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: errorClassOf(original), reason: original.code },
    };
  }
  // Retryable: the response-status plugin turns the response into HTTP 503.
  if (isDatabaseUnavailable(original))
    return { message: SERVICE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: SERVICE_UNAVAILABLE } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    const inner = (error as { originalError?: unknown })?.originalError;
    return scrubClientError(formatted, inner instanceof Error ? inner.message : undefined);
  }
  log('Unexpected error in GraphQL request', original);
  return {
    message: 'Something went wrong on our side. The request was not completed; please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
