/**
 * Base of every module's error class. Services throw these, never GraphQL errors; the one mapper in
 * graphql-error.mapper.ts turns them into stable GraphQL codes.
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
