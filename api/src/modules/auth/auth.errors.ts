import { DomainError } from '../../common/errors/domain-error';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  PASSWORD_CHECKS_BUSY = 'PASSWORD_CHECKS_BUSY',
  INVITATION_INVALID = 'INVITATION_INVALID',
  PASSWORD_TOO_COMMON = 'PASSWORD_TOO_COMMON',
  PASSWORD_RESET_INVALID = 'PASSWORD_RESET_INVALID',
  USER_EXISTS = 'USER_EXISTS',
  ROLE_NEEDS_COUNCIL = 'ROLE_NEEDS_COUNCIL',
  TOKEN_NOT_FOUND = 'TOKEN_NOT_FOUND',
}

export class AuthError extends DomainError<AuthErrorCode> {
  /** For refusals that a client should retry: how long to wait, sent as the Retry-After header. */
  constructor(
    code: AuthErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message);
  }
}
