/**
 * Base of every module's error class. Services throw these, never GraphQL errors; the error
 * formatter (graphql/error-formatter.ts) turns each code into the GraphQL class its module maps it to.
 */
export abstract class DomainError<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The GraphQL error classes clients see in `extensions.code`. */
export type GraphQLErrorClass =
  'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';
